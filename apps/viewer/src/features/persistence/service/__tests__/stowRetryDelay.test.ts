import { describe, expect, it } from 'vitest';
import { stowRetryDelay } from '../stowRetryDelay';

describe('stowRetryDelay', () => {
  it('backs off 5, 10, 20, 40, 80, 160 s then holds at 5 min, and stops after 8 tries', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => stowRetryDelay(503, a))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(stowRetryDelay(503, 9)).toBeNull();
  });
  it('retries no answer, 408, 429 and 5xx; never 401, 403, 404, 413 (the reader must act)', () => {
    expect([0, 408, 429, 500, 502].map((s) => stowRetryDelay(s, 1))).toEqual([5_000, 5_000, 5_000, 5_000, 5_000]);
    expect([400, 401, 403, 404, 409, 413].map((s) => stowRetryDelay(s, 1))).toEqual([null, null, null, null, null, null]);
  });
  it('takes its figures from options', () => {
    expect(stowRetryDelay(0, 3, { baseMs: 100, maxMs: 250, maxAttempts: 3 })).toBe(250);
    expect(stowRetryDelay(0, 4, { baseMs: 100, maxMs: 250, maxAttempts: 3 })).toBeNull();
  });
});
