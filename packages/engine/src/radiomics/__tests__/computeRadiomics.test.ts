import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';
import { computeRadiomics } from '../computeRadiomics';
import { RADIOMICS_PRESETS } from '../settings/radiomicsSettings';

const g = makeGeometry([10, 10, 6], [1, 1, 3]);
const volume = makeVolume(g, Int16Array.from({ length: 600 }, (_, q) => ((q * 53) % 300) - 100), 'HU', 'CT');
const every = (r: ReturnType<typeof computeRadiomics>) => {
  if (!r.ok) throw new Error(r.error.kind);
  return Object.values(r.value.features).map((f) => f.value);
};

describe('computeRadiomics on degenerate ROIs: IBSI-undefined features are null, never NaN or Infinity', () => {
  it('a 2D approach on a single-slice ROI', () => {
    const m = makeMask([10, 10, 6], (i, j, k) => k === 3 && i >= 2 && i <= 7 && j >= 2 && j <= 6);
    const values = every(computeRadiomics(volume, m, RADIOMICS_PRESETS.A));
    expect(values).toHaveLength(346);
    expect(values.every((v) => v === null || Number.isFinite(v))).toBe(true);
    const r = computeRadiomics(volume, m, RADIOMICS_PRESETS.A);
    if (!r.ok) throw new Error();
    // PCA of a flat ROI: the least axis is 0, so the approximate enclosing ellipsoid has no volume.
    expect(r.value.features['7J51'].value).toBe(0);
    expect(r.value.features['6BDE'].value).toBeNull();
  });
  it('a 3D approach on a one-slice image', () => {
    const flat = makeVolume(makeGeometry([10, 10, 1], [1, 1, 3]), Int16Array.from({ length: 100 }, (_, q) => (q * 7) % 90), 'HU', 'CT');
    const m = makeMask([10, 10, 1], (i, j) => i >= 1 && i <= 8 && j >= 1 && j <= 8);
    const values = every(computeRadiomics(flat, m, { ...RADIOMICS_PRESETS.C, interpolation: null }));
    expect(values).toHaveLength(210);
    expect(values.every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
  it('a single voxel: texture and spread features null or degenerate, still no NaN', () => {
    const m = makeMask([10, 10, 6], (i, j, k) => i === 4 && j === 4 && k === 2);
    const r = computeRadiomics(volume, m, { ...RADIOMICS_PRESETS.A, resegmentation: { range: [null, null], outlierSigma: null } });
    if (!r.ok) throw new Error(r.error.kind);
    const values = Object.values(r.value.features).map((f) => f.value);
    expect(values.every((v) => v === null || Number.isFinite(v))).toBe(true);
    expect(r.value.features['8ZQL.2D:AVG'].value).toBeNull();
    expect(r.value.features.N365.value).toBeNull();
    expect(r.value.features.YEKZ.value).toBe(3);
  });
  it('errors: empty ROI, nothing left after re-segmentation', () => {
    expect(computeRadiomics(volume, makeMask([10, 10, 6], () => false), RADIOMICS_PRESETS.A)).toEqual({ ok: false, error: { kind: 'empty-roi' } });
    const m = makeMask([10, 10, 6], (i) => i < 3);
    expect(computeRadiomics(volume, m, { ...RADIOMICS_PRESETS.A, resegmentation: { range: [1000, 2000], outlierSigma: null } })).toEqual({
      ok: false,
      error: { kind: 'empty-after-resegmentation', range: [1000, 2000] },
    });
  });
});
