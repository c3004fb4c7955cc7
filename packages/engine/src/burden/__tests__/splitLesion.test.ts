import { describe, expect, it } from 'vitest';
import { splitLesion } from '../splitLesion';

// Flat index on a 2-D grid (k = 0), i fastest.
const at = (ni: number) => (i: number, j: number) => j * ni + i;

describe('splitLesion: nearest seed by 26-connected geodesic distance inside the lesion', () => {
  it('a 5-voxel line split at both ends: the middle voxel (2 steps from each) goes to the lower seed index', () => {
    const line = [0, 1, 2, 3, 4];
    const r = splitLesion([5, 1, 1], line, [0, 4]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.parts.map((p) => [...p])).toEqual([[0, 1, 2], [3, 4]]);
    const swapped = splitLesion([5, 1, 1], line, [4, 0]);
    if (!swapped.ok) throw new Error(swapped.error);
    expect(swapped.value.parts.map((p) => [...p])).toEqual([[2, 3, 4], [0, 1]]);
  });

  it('a U open at the top: (2,0) is 2 voxels from seed A across the gap but 3 steps from B along its arm → B', () => {
    // 3 × 5 grid; lesion = left arm i=0, bottom (1,4), right arm i=2. A = (0,0), B = (2,3).
    const p = at(3);
    const u = [p(0, 0), p(0, 1), p(0, 2), p(0, 3), p(0, 4), p(1, 4), p(2, 0), p(2, 1), p(2, 2), p(2, 3), p(2, 4)];
    const r = splitLesion([3, 5, 1], u, [p(0, 0), p(2, 3)]);
    if (!r.ok) throw new Error(r.error);
    // Steps from A: (0,2)=2, (0,3)=3; from B: (1,4)=1 (diagonal), (0,3)=2, (0,2)=3, (2,0)=3.
    expect([...r.value.parts[0]]).toEqual([p(0, 0), p(0, 1), p(0, 2)]);
    expect([...r.value.parts[1]]).toEqual([p(2, 0), p(2, 1), p(2, 2), p(0, 3), p(2, 3), p(0, 4), p(1, 4), p(2, 4)].sort((a, b) => a - b));
  });

  it('three seeds in a 3-D bar; every voxel in exactly one part', () => {
    // 6 × 2 × 2 bar: seeds at i = 0, 2, 5 (j = k = 0); 26-steps = |Δi| inside the bar.
    const dims = [6, 2, 2] as const;
    const bar = Array.from({ length: 24 }, (_, n) => n);
    const r = splitLesion(dims, bar, [0, 2, 5]);
    if (!r.ok) throw new Error(r.error);
    const col = (n: number) => n % 6;
    // i=1: 1 from seeds 0 and 1 → 0; i=3: 1 from seed 1, 2 from seed 2 → 1; i=4 → 2.
    expect(r.value.parts.map((q) => [...new Set([...q].map(col))])).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(r.value.parts.map((q) => q.length)).toEqual([8, 8, 8]);
  });

  it('voxels no seed reaches (a merged lesion\'s other piece) stay with the first part', () => {
    // 7 × 1 × 1: pieces {0, 1, 2} and {5, 6}; both seeds in the first piece.
    const r = splitLesion([7, 1, 1], [0, 1, 2, 5, 6], [0, 2]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.parts.map((p) => [...p])).toEqual([[0, 1, 5, 6], [2]]);
  });

  it('refuses fewer than two points, a point outside the lesion and two points in one voxel', () => {
    expect(splitLesion([5, 1, 1], [0, 1, 2], [1])).toEqual({ ok: false, error: 'a split needs at least two points inside the lesion (got 1)' });
    expect(splitLesion([5, 1, 1], [0, 1, 2], [0, 4])).toEqual({ ok: false, error: 'point 2 is not inside the lesion' });
    expect(splitLesion([5, 1, 1], [0, 1, 2], [1, 1])).toEqual({ ok: false, error: 'points 1 and 2 fall in the same voxel' });
  });
});

describe('splitLesion with voxel sets as seeds', () => {
  it('each set is at distance 0; the free voxels between go to the nearest set', () => {
    // 8 × 1 × 1 line, set A = {0, 1}, set B = {6, 7}: 3 is 2 steps from A, 3 from B → A; 4 is 3 from A, 2 from B → B.
    const r = splitLesion([8, 1, 1], [0, 1, 2, 3, 4, 5, 6, 7], [[0, 1], [6, 7]]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.parts.map((p) => [...p])).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    expect(splitLesion([8, 1, 1], [0, 1, 2], [[0, 1], [1, 2]])).toEqual({ ok: false, error: 'points 1 and 2 fall in the same voxel' });
  });
});
