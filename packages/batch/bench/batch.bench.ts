/**
 * `pnpm bench batch` (issue 17): items per minute of `caliper batch` on a synthetic CT cohort.
 *  1. measure and radiomics: sequential single process (the single-study commands called one after
 *     another in one process, modules loaded once) vs `caliper batch --jobs <cores>`;
 *  2. a Slurm array of <cores> one-CPU tasks (real single-node Slurm, needs root + slurmctld) vs the
 *     same shards started side by side as plain processes on the same machine;
 *  3. memory: peak RSS of `caliper batch` with 1 and with <cores> workers → per-worker increment.
 * Medians of --repeats runs (default 3; --quick: 1). Figures go to docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeBatchCohort } from '../../cli/conformance/batchCohort';
import { slurmAvailable, startSlurm } from '../../cli/conformance/batchSlurmCluster';
import { captureCommand } from '../../cli/src/batch/captureCommand';

const repo = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(repo, 'node_modules/.bin/tsx');
const MAIN = path.join(repo, 'packages/cli/src/main.ts');
const argv = process.argv.slice(2);
const repeats = argv.includes('--quick') ? 1 : Number(argv.find((a) => a.startsWith('--repeats='))?.slice(10) ?? 3);
const cores = availableParallelism();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs the CLI as a child process; resolves with wall ms and the peak RSS (VmHWM, MiB) seen while it ran. */
function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; peakMb: number; code: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(TSX, [MAIN, ...args], { stdio: ['ignore', 'ignore', 'ignore'], env });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t0, peakMb: peak, code: code ?? 1 });
    });
  });
}

async function sequential(task: 'measure' | 'radiomics', dirs: string[], roi: string): Promise<number> {
  const mod = task === 'measure' ? await import('../../cli/src/commands/measure') : await import('../../cli/src/commands/radiomics');
  const t0 = performance.now();
  for (const d of dirs) {
    const r = await captureCommand(mod, [d, '--roi', roi, ...(task === 'radiomics' ? ['--config', 'B'] : []), '--json']);
    if (r.code !== 0) throw new Error(`${task} ${d}: ${r.stdout}`);
  }
  return performance.now() - t0;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-bench-batch-'));
try {
  const ITEMS = 24;
  const cohort = writeBatchCohort(path.join(tmp, 'cohort'), { studies: ITEMS, size: 96, slices: 40 });
  const roi = path.join(tmp, 'roi.json');
  writeFileSync(roi, JSON.stringify({ type: 'sphere', centerMm: cohort.centerMm, radiusMm: 20 }));
  const dirs = cohort.studies.map((s) => s.dir);
  const rate = (ms: number) => (ITEMS / (ms / 60000)).toFixed(1);
  console.log(`cohort: ${ITEMS} CT studies of 96×96×40 voxels, 20 mm sphere ROI; ${cores} cores; median of ${repeats}`);
  for (const task of ['measure', 'radiomics'] as const) {
    const extra = task === 'radiomics' ? ['--config', 'B'] : [];
    const seq: number[] = [];
    const par: number[] = [];
    for (let r = 0; r < repeats; r++) {
      seq.push(await sequential(task, dirs, roi));
      const out = path.join(tmp, `${task}-${r}`);
      const t = await timed(['batch', cohort.manifest, '--task', task, '--roi', roi, ...extra, '--out', out, '--jobs', String(cores)]);
      if (t.code !== 0) throw new Error(`batch ${task} exit ${t.code}`);
      par.push(t.ms);
    }
    const s = median(seq);
    const p = median(par);
    console.log(`${task.padEnd(9)} sequential ${rate(s).padStart(6)} items/min (${(s / 1000).toFixed(1)} s) | batch --jobs ${cores} ${rate(p).padStart(6)} items/min (${(p / 1000).toFixed(1)} s) | speed-up ${(s / p).toFixed(2)}×`);
  }

  // Memory: peak RSS with 1 worker and with `cores` workers.
  const mem1: number[] = [];
  const memN: number[] = [];
  for (let r = 0; r < repeats; r++) {
    mem1.push((await timed(['batch', cohort.manifest, '--task', 'radiomics', '--config', 'B', '--roi', roi, '--out', path.join(tmp, `m1-${r}`), '--jobs', '1'])).peakMb);
    memN.push((await timed(['batch', cohort.manifest, '--task', 'radiomics', '--config', 'B', '--roi', roi, '--out', path.join(tmp, `mN-${r}`), '--jobs', String(cores)])).peakMb);
  }
  console.log(`memory    peak RSS (radiomics) --jobs 1: ${median(mem1).toFixed(0)} MiB, --jobs ${cores}: ${median(memN).toFixed(0)} MiB → ${((median(memN) - median(mem1)) / Math.max(1, cores - 1)).toFixed(0)} MiB per extra worker`);

  if (process.getuid?.() !== 0 || !slurmAvailable()) {
    console.log('slurm     skipped: needs root and slurmctld/slurmd/munge (npm test installs them)');
  } else {
    const slurm = await startSlurm();
    try {
      const args = [cohort.manifest, '--task', 'measure', '--roi', roi];
      const plain: number[] = [];
      const array: number[] = [];
      for (let r = 0; r < repeats; r++) {
        const t0 = performance.now();
        await Promise.all(Array.from({ length: cores }, (_, i) => timed(['batch', ...args, '--shard', `${i}/${cores}`, '--jobs', '1', '--out', path.join(tmp, `plain-${r}`, `shard-${i}`)])));
        plain.push(performance.now() - t0);
        const out = path.join(tmp, `array-${r}`);
        const env = { ...slurm.env, CALIPER: `${TSX} ${MAIN}` };
        const t1 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const p = spawn('sbatch', ['--parsable', `--array=0-${cores - 1}`, '--cpus-per-task=1', '-o', path.join(tmp, 'slurm_%A_%a.out'), path.join(repo, 'cluster/slurm/batch-array.sbatch'), String(cores), out, ...args], { env, stdio: 'ignore' });
          p.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`sbatch exit ${c}`))));
        });
        await slurm.waitIdle(600_000);
        array.push(performance.now() - t1);
        for (let i = 0; i < cores; i++) if (!existsSync(path.join(out, `shard-${i}`, 'summary.json'))) throw new Error(`array shard ${i} wrote no summary`);
      }
      const a = median(array);
      const b = median(plain);
      console.log(`slurm     ${cores}-task array ${rate(a)} items/min (${(a / 1000).toFixed(1)} s) | same shards as plain processes ${rate(b)} items/min (${(b / 1000).toFixed(1)} s) | overhead ${(((a - b) / b) * 100).toFixed(1)} %`);
    } finally {
      await slurm.stop();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
