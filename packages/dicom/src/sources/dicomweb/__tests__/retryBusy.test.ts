import { describe, expect, it } from 'vitest';
import { retryBusy } from '../retryBusy';

const busy = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('retryBusy', () => {
  it('retries 429 and 503 with doubling waits, then returns the answer', async () => {
    const waits: number[] = [];
    const answers = [busy(429), busy(503), 'parts'];
    const r = await retryBusy(async () => {
      const a = answers.shift();
      if (a instanceof Error) throw a;
      return a;
    }, { sleep: async (ms) => void waits.push(ms) });
    expect(r).toBe('parts');
    expect(waits).toEqual([250, 500]);
  });
  it('gives up after the last attempt and never retries other failures', async () => {
    let calls = 0;
    await expect(retryBusy(async () => { calls++; throw busy(503); }, { attempts: 3, sleep: async () => undefined })).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryBusy(async () => { calls++; throw busy(401); }, { sleep: async () => undefined })).rejects.toMatchObject({ status: 401 });
    expect(calls).toBe(1);
  });
});
