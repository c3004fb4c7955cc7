import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleWorker } from './bundleWorker';
import { fitsBudget } from './fitsBudget';
import type { ItemOutcome, ItemJob } from './runItem';

export interface PoolOptions {
  /** Worker processes (long-lived, one item at a time each). */
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
 * V8 flags of each worker process. `--single-threaded-gc`: a worker collects garbage on its own
 * thread. With V8's default helper threads (parallel scavenge, concurrent marking) one worker kept
 * ~1.4 cores busy, so on 2 cores two workers fought over each other's GC threads. The flag must be
 * given when a process starts (set at run time, V8 crashed), which is why workers are processes,
 * not threads.
 */
const WORKER_V8_FLAGS = ['--single-threaded-gc'];

/**
 * Runs jobs on a pool of worker processes in the given order, starting a job only while the
 * estimates of the running ones plus its own fit the memory budget. Each worker loads the bundle of
 * itemWorker.ts (see bundleWorker), else the TypeScript through tsx, as `caliper` runs under it.
 * A worker that dies (out of memory, crash, killed) fails its item with the reason and is replaced.
 * Resolves when every job has an outcome.
 */
export async function runPool(jobs: readonly ItemJob[], options: PoolOptions): Promise<void> {
  const bundle = options.bundleDir ? await bundleWorker(options.bundleDir) : null;
  // tsx resolved here, not in the worker: a worker resolves bare names from its cwd, which on a
  // cluster node is the job's folder, not the repository.
  const entry = bundle ?? fileURLToPath(new URL('./itemWorker.ts', import.meta.url));
  const execArgv = [...(bundle ? [] : ['--import', import.meta.resolve('tsx')]), ...WORKER_V8_FLAGS];
  const queue = [...jobs];
  const estimates = new Map<ItemJob, number>();
  const estimate = (job: ItemJob): number => {
    if (!estimates.has(job)) estimates.set(job, options.estimateMb(job));
    return estimates.get(job)!;
  };
  let runningMb = 0;
  let running = 0;
  const idle: ChildProcess[] = [];
  const all = new Set<ChildProcess>();
  await new Promise<void>((resolve) => {
    const spawn = (): ChildProcess => {
      // stdout ignored: the command's output is captured in the worker, and nothing a library
      // prints may reach the batch's own stdout (the --json summary). stderr is shared, as logs.
      const w = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
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
          // Only our own listeners (the IPC channel keeps internal ones).
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
          w.kill();
          done({ skipped: false, record: { key: job.item.key, status: 'failed', error: `worker died: ${reason}`, exitCode: 1, task: job.task, patient: job.item.patient, timepoint: job.item.timepoint, roi: null, inputHash: '', configHash: job.configHash, inputUids: [], caliperVersion: job.caliperVersion, durationMs: 0, finishedAt: new Date().toISOString() } });
        };
        const onError = (e: Error) => died(e.message);
        const onExit = (c: number | null, signal: NodeJS.Signals | null) => died(signal ? `killed by ${signal}` : `exit code ${c}`);
        w.once('message', onMessage);
        w.once('error', onError);
        w.once('exit', onExit);
        w.send(job);
      }
    };
    if (queue.length === 0) resolve();
    else pump();
  });
  await Promise.all([...all].map((w) => new Promise<void>((resolve) => {
    if (w.exitCode !== null || w.signalCode !== null) return resolve();
    w.once('exit', () => resolve());
    w.kill();
  })));
}
