import { describe, expect, it } from 'vitest';
import { growRegion } from '../growRegion';
import { growConfidenceConnected } from '../growConfidenceConnected';
import { percistThreshold, thresholdPet } from '../thresholdPet';
import { makeGeometry, makeMask, makeVolume, maskVoxels } from '../../testing/fixtures';

// 4x3x1 slice:
// j=0: 5 5 0 5
// j=1: 0 5 0 5
// j=2: 5 5 5 5   (diagonal contact only at nothing; everything 5 is 6-connected via row 2)
const img = Int16Array.of(5, 5, 0, 5, 0, 5, 0, 5, 5, 5, 5, 5);

describe('growRegion (connected threshold, 6-connectivity, inclusive)', () => {
  it('grows through inclusive bounds', () => {
    const r = growRegion([4, 3, 1], img, [0, 0, 0], 5, 5);
    expect(r.voxelCount).toBe(9);
    expect(r.mask.bbox).toEqual([[0, 0, 0], [3, 2, 0]]);
  });
  it('does not cross diagonal-only contacts', () => {
    // two voxels touching only diagonally: (0,0) and (1,1)
    const d = Int16Array.of(1, 0, 0, 1);
    expect(maskVoxels(growRegion([2, 2, 1], d, [0, 0, 0], 1, 1).mask)).toEqual(['0,0,0']);
  });
  it('grows across slices and respects a within mask', () => {
    const v = Float32Array.of(1, 1, 1, 1); // 1x2x2
    const within = makeMask([1, 2, 2], [1, 0, 1, 1]);
    expect(maskVoxels(growRegion([1, 2, 2], v, [0, 0, 0], 0, 2, { within }).mask)).toEqual(['0,0,0', '0,0,1', '0,1,1']);
  });
  it('empty when the seed is out of range or out of bounds; truncates at maxVoxels', () => {
    expect(growRegion([4, 3, 1], img, [2, 0, 0], 5, 5).voxelCount).toBe(0);
    expect(growRegion([4, 3, 1], img, [9, 0, 0], 5, 5).voxelCount).toBe(0);
    const t = growRegion([4, 3, 1], img, [0, 0, 0], 5, 5, { maxVoxels: 3 });
    expect([t.voxelCount, t.truncated]).toEqual([3, true]);
  });
});

describe('growConfidenceConnected', () => {
  it('uses mean ± k·SD of the seed neighbourhood, then of the region', () => {
    // 5x1x1: 10 10 12 10 100 ; seed 1, radius 1 -> {10,10,12}: mean 32/3, sd sqrt(8/9)=0.943
    // k=2.5 -> [8.31, 13.02] grows 0..3 ; region stats: mean 10.5, sd 0.866 -> [8.33, 12.67] same region
    const v = Float32Array.of(10, 10, 12, 10, 100);
    const r = growConfidenceConnected([5, 1, 1], v, [1, 0, 0], { multiplier: 2.5, iterations: 3 });
    expect(r.voxelCount).toBe(4);
    expect(r.lower).toBeCloseTo(10.5 - 2.5 * Math.sqrt(0.75), 10);
    expect(r.upper).toBeCloseTo(10.5 + 2.5 * Math.sqrt(0.75), 10);
  });
});

describe('thresholdPet', () => {
  const g = makeGeometry([5, 1, 1]);
  const vol = makeVolume(g, Float32Array.of(1, 2, 3, 4, 10), 'SUVbw');
  const within = makeMask([5, 1, 1], [1, 1, 1, 1, 0]);
  it('absolute, % of local max and PERCIST', () => {
    expect(maskVoxels(thresholdPet(vol, within, { kind: 'absolute', suv: 3 }))).toEqual(['2,0,0', '3,0,0']);
    expect(maskVoxels(thresholdPet(vol, within, { kind: 'percentOfMax', percent: 75 }))).toEqual(['2,0,0', '3,0,0']);
    // liver mean 1.2, sd 0.4 -> 1.8 + 0.8 = 2.6
    expect(percistThreshold(1.2, 0.4)).toBeCloseTo(2.6, 12);
    expect(maskVoxels(thresholdPet(vol, within, { kind: 'percist', liverMean: 1.2, liverSd: 0.4 }))).toEqual(['2,0,0', '3,0,0']);
  });
});

describe('growRegion equals a voxel-wise BFS on random 3D data', () => {
  it('matches for several seeds', () => {
    const dims = [9, 7, 6] as const;
    let s = 99;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const data = Float32Array.from({ length: 9 * 7 * 6 }, () => (rnd() < 0.6 ? 1 : 0));
    const bfs = (seed: number): number[] => {
      const seen = new Set([seed]);
      const queue = [seed];
      while (queue.length) {
        const n = queue.shift()!;
        const i = n % 9, j = Math.floor(n / 9) % 7, k = Math.floor(n / 63);
        for (const [di, dj, dk] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]]) {
          const x = i + di, y = j + dj, z = k + dk;
          if (x < 0 || y < 0 || z < 0 || x >= 9 || y >= 7 || z >= 6) continue;
          const m = x + 9 * (y + 7 * z);
          if (data[m] === 1 && !seen.has(m)) {
            seen.add(m);
            queue.push(m);
          }
        }
      }
      return [...seen].sort((a, b) => a - b);
    };
    for (let seed = 0; seed < data.length; seed += 17) {
      if (data[seed] !== 1) continue;
      const r = growRegion(dims, data, [seed % 9, Math.floor(seed / 9) % 7, Math.floor(seed / 63)], 1, 1);
      const got = [...r.mask.data.keys()].filter((q) => r.mask.data[q] === 1);
      expect(got).toEqual(bfs(seed));
      expect(r.voxelCount).toBe(got.length);
    }
  });
});
