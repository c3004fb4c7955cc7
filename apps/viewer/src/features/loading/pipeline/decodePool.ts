import * as Comlink from 'comlink';
import type { DecodeApi, DecodeJob, DecodeResult } from './createDecodeApi';
import { nextPending } from './sliceOrder';

interface Queued {
  readonly group: string;
  readonly key: number;
  readonly job: DecodeJob;
  readonly resolve: (r: DecodeResult) => void;
}

/** Workers: one per core (2–4), so decoding uses every core while the main thread renders. */
export const poolSize = () => Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2));

let workers: Comlink.Remote<DecodeApi>[] | undefined;
const idle: Comlink.Remote<DecodeApi>[] = [];
const queue: Queued[] = [];
const focus = new Map<string, number>();

function spawn(): Comlink.Remote<DecodeApi>[] {
  if (!workers) {
    workers = Array.from({ length: poolSize() }, (_, i) =>
      Comlink.wrap<DecodeApi>(new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module', name: `caliper-decode-${i + 1}` })),
    );
    idle.push(...workers);
  }
  return workers;
}

/**
 * Starts the decode workers now (in parallel with Cornerstone's start-up and the first fetch) and
 * the codec in one of them, the one the first slice will go to: compiling it in every worker at
 * once would compete with start-up on a 2-core machine; the others load it with their first slice.
 */
export function warmDecoders(codecs: readonly string[] = ['charls']): void {
  const [first] = spawn();
  for (const c of codecs) void first.warm(c);
}

/** The slice (key) of a group (series) the reader is looking at: its neighbours are decoded first. */
export function focusDecode(group: string, key: number | undefined): void {
  if (key === undefined) focus.delete(group);
  else focus.set(group, key);
}

/**
 * Queues a decode; jobs of the oldest queued group go first, nearest its focus (the slice under the
 * cursor), else in queue order. Resolves with the worker's result (never rejects: a dead worker is a
 * named failure).
 */
export function decodeInPool(group: string, key: number, job: DecodeJob): Promise<DecodeResult> {
  spawn();
  return new Promise((resolve) => {
    queue.push({ group, key, job, resolve });
    pump();
  });
}

function pick(): Queued | undefined {
  if (!queue.length) return undefined;
  const group = queue[0].group;
  const idx: number[] = [];
  const keys: number[] = [];
  queue.forEach((q, i) => {
    if (q.group === group) {
      idx.push(i);
      keys.push(q.key);
    }
  });
  const j = nextPending(keys, focus.get(group));
  return queue.splice(idx[j], 1)[0];
}

function pump(): void {
  while (idle.length && queue.length) {
    const w = idle.shift()!;
    const q = pick()!;
    const transfer = q.job.bytes.byteOffset === 0 && q.job.bytes.byteLength === q.job.bytes.buffer.byteLength ? [q.job.bytes.buffer as ArrayBuffer] : [];
    w.decode(Comlink.transfer(q.job, transfer))
      .then(q.resolve, (e: unknown) => q.resolve({ ok: false, error: { file: q.job.name, reason: `decoder failed: ${e instanceof Error ? e.message : String(e)}` } }))
      .finally(() => {
        idle.push(w);
        pump();
      });
  }
}
