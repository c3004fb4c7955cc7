import cliProgress from 'cli-progress';
import type { ItemOutcome } from './runItem';

export interface Progress {
  item(outcome: ItemOutcome): void;
  stop(): void;
}

/**
 * Progress of a batch: with --json one JSON line per event on stderr ({"event":"start"|"item"},
 * see docs/batch.md); on a terminal a cli-progress bar (items, rate per minute, ETA, failures);
 * otherwise one stderr line per failed item.
 */
export function createProgress(total: number, mode: { json: boolean; tty: boolean; shard: string | null; jobs: number }): Progress {
  let done = 0;
  let failed = 0;
  const t0 = Date.now();
  const line = (o: unknown) => process.stderr.write(JSON.stringify(o) + '\n');
  if (mode.json) line({ event: 'start', total, shard: mode.shard, jobs: mode.jobs });
  const bar = !mode.json && mode.tty
    ? new cliProgress.SingleBar({ format: 'batch {bar} {value}/{total} items | {rate} items/min | ETA {eta_formatted} | failed {failed}', stream: process.stderr, etaBuffer: 20, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total, 0, { rate: '0.0', failed: 0 });
  return {
    item(o) {
      done++;
      if (o.record.status === 'failed') failed++;
      const status = o.skipped ? 'skipped' : o.record.status;
      if (mode.json) line({ event: 'item', key: o.record.key, status, error: o.record.error, durationMs: o.record.durationMs, done, total });
      else if (bar) bar.update(done, { rate: (done / Math.max(1e-3, (Date.now() - t0) / 60000)).toFixed(1), failed });
      else if (o.record.status === 'failed') process.stderr.write(`caliper batch: ${o.record.key} failed: ${o.record.error}\n`);
    },
    stop() {
      bar?.stop();
    },
  };
}
