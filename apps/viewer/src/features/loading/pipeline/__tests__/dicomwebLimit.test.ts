import { describe, expect, it } from 'vitest';
import { createLimit } from '../dicomwebLimit';
import { expectParts, isAwaited, partArrival, partArrived, partFailed } from '../dicomwebParts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createLimit', () => {
  it('runs at most n at once, the rest in call order, and passes results and failures through', async () => {
    const limit = createLimit(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const job = (k: number) => () => {
      started.push(k);
      peak = Math.max(peak, ++active);
      return new Promise<number>((resolve, reject) => gates.push(() => (active--, k === 3 ? reject(new Error('three')) : resolve(k * 10))));
    };
    const runs = [1, 2, 3, 4, 5].map((k) => limit(job(k)));
    for (const r of runs) r.catch(() => undefined);
    await tick();
    expect(started).toEqual([1, 2]);
    gates.shift()!();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    while (gates.length) {
      gates.shift()!();
      await tick();
    }
    const out = await Promise.allSettled(runs);
    expect(out.map((o) => (o.status === 'fulfilled' ? o.value : o.reason.message))).toEqual([10, 20, 'three', 40, 50]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });
});

describe('dicomwebParts', () => {
  it('an expected image is awaited until it arrives or fails; other images are not tracked', async () => {
    expectParts(['wadouri:a', 'wadouri:b']);
    expect(partArrival('wadouri:other')).toBeUndefined();
    expect([isAwaited('wadouri:a'), isAwaited('wadouri:b')]).toEqual([true, true]);
    partArrived('wadouri:a');
    partFailed('wadouri:b', 'HTTP 500');
    partArrived('wadouri:b'); // settled once: a late copy changes nothing
    await expect(partArrival('wadouri:a')).resolves.toBeUndefined();
    await expect(partArrival('wadouri:b')).rejects.toThrow('HTTP 500');
    expect([isAwaited('wadouri:a'), isAwaited('wadouri:b')]).toEqual([false, false]);
  });
});
