import { takeLive } from './liveSlots';

/** Longest the frame waits for a result still being computed (ms): beyond it the message reply delivers. */
const SPIN_BUDGET_MS = 1.5;

let channel: MessageChannel | null = null;
const soon: (() => void)[] = [];
/** Runs `f` in a task of its own right after the current one (no setTimeout clamping). */
function afterThisTask(f: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(f, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => soon.shift()?.();
  }
  soon.push(f);
  channel.port2.postMessage(0);
}

/**
 * Takes the worker's published result of request `requestId` on `channel` from shared memory and
 * hands it to `deliver` (once):
 *  1. with `waitNowMs` > 0, still inside the input event that made the request (a microtask after
 *     its handler), waiting at most that long: for a worker that answers in well under a
 *     millisecond the numbers then change together with the drawing, in the same task;
 *  2. else in the task right after the current one;
 *  3. else in the next animation frame (the one that draws the edited shape), waiting there at most
 *     SPIN_BUDGET_MS.
 * Otherwise nothing happens: the result arrives by message as usual. Waits are bounded busy loops
 * (the main thread may not block on Atomics.wait).
 */
export function takeInFrame<T>(sab: SharedArrayBuffer, channel: string, requestId: number, deliver: (value: T) => void, waitNowMs = 0): void {
  let done = false;
  const tryTake = (): boolean => {
    if (done) return true;
    const v = takeLive<T>(sab, channel, requestId);
    if (v === undefined) return false;
    done = true;
    deliver(v);
    return true;
  };
  if (waitNowMs > 0) {
    queueMicrotask(() => {
      const until = performance.now() + waitNowMs;
      while (!tryTake() && performance.now() < until) { /* bounded wait for the worker */ }
    });
  }
  afterThisTask(tryTake);
  requestAnimationFrame(() => {
    const until = performance.now() + SPIN_BUDGET_MS;
    while (!tryTake() && performance.now() < until) { /* bounded wait for the worker */ }
  });
}
