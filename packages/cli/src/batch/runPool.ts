import { Worker } from 'node:worker_threads';
import { bundleWorker } from './bundleWorker';
import { fitsBudget } from './fitsBudget';
import type { ItemOutcome, ItemJob } from './runItem';

export interface PoolOptions {
  /** Worker threads (long-lived, one item at a time each). */
  readonly workers: number;
  /** MiB of estimated working memory allowed side by side; one item always runs even if larger. */
  readonly memoryMb: number;
  /** Estimated working memory of a job, MiB. */
  readonly estimateMb: (job: ItemJob) => number;
  readonly onOutcome: (outcome: ItemOutcome) => void;
  /** Where to write the bundled worker (see bundleWorker); without it, workers load the TypeScript through tsx. */
  readonly bundleDir?: string;
}

/**
 * Runs jobs on a pool of worker threads (each loads the CLI through tsx, as `caliper` runs under it)
 * in the given order, starting a job only while the estimates of the running ones plus its own fit
 * the memory budget. A worker that dies (out of memory, crash) fails its item with the reason and
 * is replaced. Resolves when every job has an outcome.
 */
export async function runPool(jobs: readonly ItemJob[], options: PoolOptions): Promise<void> {
  const url = new URL('./itemWorker.ts', import.meta.url).href;
  // tsx resolved here, not in the worker: an eval'd worker resolves bare names from the cwd, which
  // on a cluster node is the job's folder, not the repository.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const bundle = options.bundleDir ? await bundleWorker(options.bundleDir) : null;
  const queue = [...jobs];
  const estimates = new Map<ItemJob, number>();
  const estimate = (job: ItemJob): number => {
    if (!estimates.has(job)) estimates.set(job, options.estimateMb(job));
    return estimates.get(job)!;
  };
  let runningMb = 0;
  let running = 0;
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  await new Promise<void>((resolve) => {
    const spawn = (): Worker => {
      const w = bundle ? new Worker(bundle) : new Worker(code, { eval: true });
      all.add(w);
      return w;
    };
    const pump = (): void => {
      while (queue.length > 0) {
        const est = estimate(queue[0]);
        if (!fitsBudget({ running, runningMb, workers: options.workers, budgetMb: options.memoryMb }, est)) break;
        const job = queue.shift()!;
        const w = idle.pop() ?? spawn();
        running++;
        runningMb += est;
        const done = (outcome: ItemOutcome): void => {
          // Only our own listeners: Worker keeps internal 'newListener'/'removeListener' ones.
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          running--;
          runningMb -= est;
          options.onOutcome(outcome);
          if (queue.length === 0 && running === 0) resolve();
          else pump();
        };
        const onMessage = (m: { outcome: ItemOutcome }) => {
          idle.push(w);
          done(m.outcome);
        };
        const died = (reason: string) => {
          all.delete(w);
          void w.terminate();
          done({ skipped: false, record: { key: job.item.key, status: 'failed', error: `worker died: ${reason}`, exitCode: 1, task: job.task, patient: job.item.patient, timepoint: job.item.timepoint, roi: null, inputHash: '', configHash: job.configHash, inputUids: [], caliperVersion: job.caliperVersion, durationMs: 0, finishedAt: new Date().toISOString() } });
        };
        const onError = (e: Error) => died(e.message);
        const onExit = (c: number) => died(`exit code ${c}`);
        w.once('message', onMessage);
        w.once('error', onError);
        w.once('exit', onExit);
        w.postMessage(job);
      }
    };
    if (queue.length === 0) resolve();
    else pump();
  });
  await Promise.all([...all].map((w) => w.terminate()));
}
