import { describe, expect, it } from 'vitest';
import { computeRoiStats } from '../computeRoiStats';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';

describe('computeRoiStats: integer counting path = float path', () => {
  const dims = [7, 5, 3] as const;
  const g = makeGeometry(dims, [0.5, 0.5, 2]);
  const n = 7 * 5 * 3;
  const raw = Array.from({ length: n }, (_, q) => ((q * 37) % 101) - 50 - (q % 7 === 0 ? 900 : 0));
  const mask = makeMask(dims, (i, j, k) => (i + 2 * j + k) % 3 !== 0);
  for (const [name, data] of [
    ['Int16', Int16Array.from(raw)],
    ['Uint16', Uint16Array.from(raw, (x) => x + 1000)],
    ['Int8', Int8Array.from(raw, (x) => Math.max(-128, x))],
    ['Uint8', Uint8Array.from(raw, (x) => Math.max(0, x + 60))],
  ] as const) {
    it(name, () => {
      const viaCounts = computeRoiStats(makeVolume(g, data, 'HU'), mask, { histogram: { bins: 9 } });
      const viaFloat = computeRoiStats(makeVolume(g, Float64Array.from(data), 'HU'), mask, { histogram: { bins: 9 } });
      for (const k of ['voxelCount', 'volumeMl', 'mean', 'sd', 'min', 'max', 'median', 'p10', 'p90', 'skewness', 'kurtosis'] as const)
        expect(viaCounts[k], k).toBeCloseTo(viaFloat[k], 9);
      expect(Array.from(viaCounts.histogram!.counts)).toEqual(Array.from(viaFloat.histogram!.counts));
    });
  }
  it('hand-computed: Int16 values -2, 0, 0, 7 -> mean 1.25, median 0, p90 4.9', () => {
    const st = computeRoiStats(makeVolume(makeGeometry([4, 1, 1]), Int16Array.of(-2, 0, 0, 7), 'HU'), makeMask([4, 1, 1], [1, 1, 1, 1]));
    expect(st.mean).toBe(1.25);
    expect(st.median).toBe(0);
    // sorted -2,0,0,7: h = 2.7 -> 0 + 0.7·7
    expect(st.p90).toBeCloseTo(4.9, 12);
    // h = 0.3 -> -2 + 0.3·2
    expect(st.p10).toBeCloseTo(-1.4, 12);
  });
});
