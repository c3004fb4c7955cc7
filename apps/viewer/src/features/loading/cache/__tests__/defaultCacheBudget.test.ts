import { describe, expect, it } from 'vitest';
import { CACHE_CEILING_BYTES, CACHE_FLOOR_BYTES, defaultCacheBudget } from '../defaultCacheBudget';

const MIB = 1024 * 1024;

describe('defaultCacheBudget', () => {
  it('is a quarter of the reported device memory', () => {
    expect(defaultCacheBudget(8)).toBe(2048 * MIB);
    expect(defaultCacheBudget(4)).toBe(1024 * MIB);
  });

  it('is clamped to 512 MiB – 4 GiB', () => {
    expect(defaultCacheBudget(0.5)).toBe(CACHE_FLOOR_BYTES);
    expect(defaultCacheBudget(2)).toBe(512 * MIB);
    expect(defaultCacheBudget(32)).toBe(CACHE_CEILING_BYTES);
    expect(CACHE_CEILING_BYTES).toBe(4096 * MIB);
  });

  it('assumes 4 GiB when the browser does not report its memory', () => {
    expect(defaultCacheBudget(undefined)).toBe(1024 * MIB);
    expect(defaultCacheBudget(NaN)).toBe(1024 * MIB);
  });
});
