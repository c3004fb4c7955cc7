/** Where a live measurement's time went (ms): to the worker, in it (compute + yielding), back, into the store. */
export interface LiveTiming {
  readonly roundTripMs: number;
  readonly computeMs: number;
  readonly toWorkerMs: number;
  readonly inWorkerMs: number;
  /** Worker reply → result on the main thread (by shared memory in the frame, or by message). */
  readonly toMainMs: number;
  readonly via: 'shared' | 'message';
  /** Request posted / result handed to the store (ms since the epoch). */
  readonly postedAt: number;
  readonly deliveredAt: number;
}

const timings: LiveTiming[] = [];

export const epochMs = (): number => performance.timeOrigin + performance.now();

export function recordLiveTiming(t: LiveTiming): void {
  timings.push(t);
  if (timings.length > 1000) timings.shift();
}

/** Timings of the last live measure requests (interaction benchmark: caliper.measureDebug.timings()). */
export const liveTimings = (): LiveTiming[] => [...timings];

/**
 * How long a new live request may wait for its result inside the input event (ms): 2 while the
 * worker's recent answers (post → published) took under 1.5 ms at the median, else 0 (a busy or slow
 * worker is not waited for; its result comes in the next task, the next frame or by message).
 */
export function waitNowBudgetMs(): number {
  const recent = timings.slice(-15);
  if (recent.length < 5) return 0;
  const answer = recent.map((t) => t.toWorkerMs + t.inWorkerMs).sort((a, b) => a - b);
  return answer[answer.length >> 1] < 1.5 ? 2 : 0;
}
