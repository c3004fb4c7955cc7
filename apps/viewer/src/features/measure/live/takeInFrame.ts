import { takeLive } from './liveSlots';

/** Longest the frame waits for a result still being computed (ms): beyond it the message reply delivers. */
const SPIN_BUDGET_MS = 1.5;

/**
 * In the next animation frame (the one that draws the edited shape), takes the worker's published
 * result of request `requestId` on `channel` from shared memory and hands it to `deliver`, waiting
 * at most SPIN_BUDGET_MS for it. Otherwise nothing happens: the result arrives by message as usual.
 */
export function takeInFrame<T>(sab: SharedArrayBuffer, channel: string, requestId: number, deliver: (value: T) => void): void {
  requestAnimationFrame(() => {
    const until = performance.now() + SPIN_BUDGET_MS;
    do {
      const v = takeLive<T>(sab, channel, requestId);
      if (v !== undefined) {
        deliver(v);
        return;
      }
    } while (performance.now() < until);
  });
}
