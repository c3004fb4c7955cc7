import { describe, expect, it } from 'vitest';
import { segmentPetLesions } from '../segmentPetLesions';
import { computeSuvPeakAt } from '../computeSuvPeakAt';
import { makeGeometry, makeVolume } from '../../testing/fixtures';

describe('segmentPetLesions', () => {
  // 7x1x1 line, 4 mm voxels (0.064 mL): lesions {1,2} and {5}, threshold 4 (inclusive)
  const g = makeGeometry([7, 1, 1], [4, 4, 4]);
  const vol = makeVolume(g, Float32Array.of(1, 4, 8, 1, 2, 6, 0), 'SUVbw');
  it('thresholds, labels by size and measures each lesion', () => {
    const ls = segmentPetLesions(vol, { minSuv: 4 });
    expect(ls.map((l) => l.voxelCount)).toEqual([2, 1]);
    const [a, b] = ls;
    expect(a).toMatchObject({ label: 1, type: 'SUVbw', max: 8, mean: 6, bbox: [[1, 0, 0], [2, 0, 0]] });
    // peak around voxel 2: (4 + 8 + 1)/3 ; around voxel 1: (1 + 4 + 8)/3 -> tie, first wins (voxel 1)
    expect(a.peak).toBeCloseTo(13 / 3, 6);
    expect(a.peakCenterMm).toEqual([4, 0, 0]);
    expect(a.mtvMl).toBeCloseTo(0.128, 12);
    expect(a.tlg).toBeCloseTo(6 * 0.128, 12);
    // lesion {5}: (2 + 6 + 0)/3
    expect(b.peak).toBeCloseTo(8 / 3, 6);
  });
  it('drops lesions under minVolumeMl and rejects non-SUV volumes', () => {
    expect(segmentPetLesions(vol, { minSuv: 4, minVolumeMl: 0.1 }).length).toBe(1);
    expect(() => segmentPetLesions(makeVolume(g, vol.data, 'HU'), { minSuv: 4 })).toThrow();
  });
  it('computeSuvPeakAt without candidates is NaN', () => {
    expect(computeSuvPeakAt(vol, []).peak).toBeNaN();
  });
});
