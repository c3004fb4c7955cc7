/** Where a live measurement's time went (ms): to the worker, in it (compute + yielding), back, into the store. */
export interface LiveTiming {
  readonly roundTripMs: number;
  readonly computeMs: number;
  readonly toWorkerMs: number;
  readonly inWorkerMs: number;
  /** Worker reply → result on the main thread (by shared memory in the frame, or by message). */
  readonly toMainMs: number;
  readonly via: 'frame' | 'message';
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
