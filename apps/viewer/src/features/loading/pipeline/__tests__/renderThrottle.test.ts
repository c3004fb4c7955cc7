import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderThrottle } from '../renderThrottle';

describe('renderThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('collapses a burst of requests into one render after the minimum spacing', async () => {
    const render = vi.fn(async () => undefined);
    const t = renderThrottle(render, 150);
    for (let i = 0; i < 20; i++) t.request();
    expect(render).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(render).toHaveBeenCalledTimes(1);
    t.request();
    await vi.advanceTimersByTimeAsync(150);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('spaces renders by twice the cost of the last one, and flush renders at once', async () => {
    const render = vi.fn(async () => {
      vi.advanceTimersByTime(400); // a 400 ms render
    });
    const t = renderThrottle(render, 150, 2000);
    t.request();
    await vi.advanceTimersByTimeAsync(150);
    expect(render).toHaveBeenCalledTimes(1);
    t.request();
    await vi.advanceTimersByTimeAsync(799);
    expect(render).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(render).toHaveBeenCalledTimes(2);
    await t.flush();
    expect(render).toHaveBeenCalledTimes(3);
  });
});
