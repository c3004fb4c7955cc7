import { describe, expect, it } from 'vitest';
import { LIVE_SLOT_BYTES, createLiveSlots, publishLive, takeLive } from '../liveSlots';

const sab = () => new SharedArrayBuffer(8 * (16 + LIVE_SLOT_BYTES));

describe('live result slots (shared memory)', () => {
  it('a published value is taken back for its exact key and request id only', () => {
    const s = sab();
    expect(publishLive(s, 'live:a:ct', 7, { mean: 41.5, unit: 'HU' })).toBe(true);
    expect(takeLive(s, 'live:a:ct', 7)).toEqual({ mean: 41.5, unit: 'HU' });
    expect(takeLive(s, 'live:a:ct', 6)).toBeUndefined(); // an older request of the same channel
    expect(takeLive(s, 'live:b:ct', 7)).toBeUndefined(); // another channel
  });

  it('a newer result of the channel replaces the older one', () => {
    const s = sab();
    publishLive(s, 'k', 1, 'first');
    publishLive(s, 'k', 2, 'second');
    expect(takeLive(s, 'k', 1)).toBeUndefined();
    expect(takeLive(s, 'k', 2)).toBe('second');
  });

  it('a slot being written (odd sequence) reads as empty', () => {
    const s = sab();
    publishLive(s, 'k', 3, 1);
    for (let slot = 0; slot < 8; slot++) Atomics.add(new Int32Array(s, slot * (16 + LIVE_SLOT_BYTES), 1), 0, 1);
    expect(takeLive(s, 'k', 3)).toBeUndefined();
  });

  it('refuses a value larger than a slot (the message reply carries it instead)', () => {
    expect(publishLive(sab(), 'k', 1, 'x'.repeat(LIVE_SLOT_BYTES))).toBe(false);
  });

  it('no shared buffer where the page is not cross-origin isolated', () => {
    const g = globalThis as { crossOriginIsolated?: boolean };
    const before = g.crossOriginIsolated;
    g.crossOriginIsolated = false;
    try {
      expect(createLiveSlots()).toBeNull();
    } finally {
      g.crossOriginIsolated = before;
    }
  });
});
