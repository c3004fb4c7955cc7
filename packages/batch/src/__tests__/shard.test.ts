import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../shard';

describe('parseShard', () => {
  it('0-based i/N', () => {
    expect(parseShard('0/4')).toEqual({ ok: true, shard: { index: 0, count: 4 } });
    expect(parseShard('3/4')).toEqual({ ok: true, shard: { index: 3, count: 4 } });
  });
  it('out of range and malformed', () => {
    expect(parseShard('4/4')).toEqual({ ok: false, error: '--shard 4/4: index out of range (0 ≤ i < 4; shards are 0-based)' });
    expect(parseShard('1/0')).toEqual({ ok: false, error: '--shard 1/0: N must be at least 1' });
    expect(parseShard('-1/4').ok).toBe(false);
    expect(parseShard('a/b').ok).toBe(false);
  });
});

describe('shardOf', () => {
  it('is the first 8 bytes of sha256(key) mod N: fixed values, independent of other items', () => {
    // sha256("a") = ca978112ca1bbdca…: 0xca978112ca1bbdca mod 4 = 2 (…ca = 202, 202 mod 4 = 2)
    expect(shardOf('a', 4)).toBe(2);
    expect(shardOf('a', 1)).toBe(0);
  });
  it('partitions: every key in exactly one shard, spread over all shards', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `P${i}/base`);
    const counts = [0, 0, 0, 0];
    for (const k of keys) counts[shardOf(k, 4)]++;
    expect(counts.reduce((a, b) => a + b)).toBe(400);
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });
});
