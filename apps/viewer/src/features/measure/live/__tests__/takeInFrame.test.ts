import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_SLOT_BYTES, publishLive } from '../liveSlots';
import { takeInFrame } from '../takeInFrame';

const sab = () => new SharedArrayBuffer(8 * (16 + LIVE_SLOT_BYTES));
let frame: (() => void) | null = null;
vi.stubGlobal('requestAnimationFrame', (cb: () => void) => { frame = cb; return 1; });
afterEach(() => { frame = null; });

describe('takeInFrame', () => {
  it('delivers, in the next frame, the result the worker published for this request', () => {
    const s = sab();
    const got: unknown[] = [];
    takeInFrame(s, 'live:L1:ct', 42, (v) => got.push(v));
    publishLive(s, 'live:L1:ct', 42, { mean: 12 });
    expect(got).toEqual([]); // nothing before the frame
    frame!();
    expect(got).toEqual([{ mean: 12 }]);
  });

  it('delivers in the task right after the current one when the worker is done by then, and only once', async () => {
    const s = sab();
    const got: unknown[] = [];
    takeInFrame(s, 'live:L2:pt', 7, (v) => got.push(v));
    publishLive(s, 'live:L2:pt', 7, { suvMax: 4 });
    await new Promise((r) => setTimeout(r, 5));
    expect(got).toEqual([{ suvMax: 4 }]);
    frame!();
    expect(got).toHaveLength(1);
  });

  it('delivers nothing when the frame comes before the worker is done (the message reply will)', () => {
    const s = sab();
    const got: unknown[] = [];
    publishLive(s, 'live:L1:ct', 41, { mean: 10 }); // an older shape's result
    takeInFrame(s, 'live:L1:ct', 42, (v) => got.push(v));
    const t0 = performance.now();
    frame!();
    expect(got).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(50); // waited its bounded budget, not for ever
  });
});

describe('waitNowBudgetMs', () => {
  it('waits in the input event only for a worker that has been answering fast', async () => {
    const { recordLiveTiming, waitNowBudgetMs } = await import('../liveTimings');
    const t = (toWorkerMs: number, inWorkerMs: number) => ({ roundTripMs: 0, computeMs: 0, toWorkerMs, inWorkerMs, toMainMs: 0, via: 'shared' as const, postedAt: 0, deliveredAt: 0 });
    expect(waitNowBudgetMs()).toBe(0); // no history yet
    for (let i = 0; i < 15; i++) recordLiveTiming(t(0.4, 0.5));
    expect(waitNowBudgetMs()).toBe(2);
    for (let i = 0; i < 15; i++) recordLiveTiming(t(3, 0.5)); // a loaded machine: the worker wakes late
    expect(waitNowBudgetMs()).toBe(0);
  });
});
