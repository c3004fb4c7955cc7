import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { RADIOMICS_PRESETS } from '../../settings/radiomicsSettings';
import { computeRadiomics } from '../../computeRadiomics';
import { addGaussianNoise } from '../addGaussianNoise';
import { erodeMask } from '../erodeMask';
import { perturbRadiomics } from '../perturbRadiomics';

const g = makeGeometry([16, 16, 8], [1, 1, 2]);
const volume = makeVolume(g, Int16Array.from({ length: 16 * 16 * 8 }, (_, q) => ((q * 53) % 300) - 100 + ((q * 7) % 11)), 'HU', 'CT');
const roi = makeMask([16, 16, 8], (i, j, k) => (i - 8) ** 2 + (j - 8) ** 2 <= 16 && k >= 2 && k <= 5);
const other = makeMask([16, 16, 8], (i, j, k) => (i - 7) ** 2 + (j - 9) ** 2 <= 9 && k >= 1 && k <= 6);
const settings = { ...RADIOMICS_PRESETS.C, interpolation: null };

describe('perturbRadiomics', () => {
  it('recomputes every feature under each perturbation, deterministically, with progress', async () => {
    const seen: number[] = [];
    const a = await perturbRadiomics(volume, roi, settings, { onProgress: (done, total) => seen.push(done / total) });
    const b = await perturbRadiomics(volume, roi, settings);
    if (!a.ok || !b.ok) throw new Error('failed');
    expect(a.value.perturbations.map((p) => p.id.replace(/sigma=.*\)/, 'sigma)'))).toEqual(['none', 'erode', 'dilate', 'translate(0.5 0.5 0)', 'noise(seed=1 sigma)']);
    expect(Object.keys(a.value.features)).toHaveLength(210);
    expect(a.value.features).toEqual(b.value.features);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((x, q) => q === 0 || x >= seen[q - 1])).toBe(true);
    // The unperturbed values are computeRadiomics's.
    expect(a.value.features['RNU0'].values[0]).toBe(a.value.reference.features['RNU0'].value);
    // One subject: no ICC.
    expect(Object.values(a.value.features).every((f) => f.icc === null)).toBe(true);
    expect(a.value.parameters).toMatchObject({ connectivity: 6, subjects: 1, iccForm: 'ICC(1,1)' });
  });
  it('gives an ICC(1,1) with a cohort ROI', async () => {
    const r = await perturbRadiomics(volume, roi, settings, { cohort: [other] });
    if (!r.ok) throw new Error('failed');
    expect(r.value.parameters.subjects).toBe(2);
    expect(r.value.features['RNU0'].icc).not.toBeNull();
  });
  it('each value is computeRadiomics on the perturbed image and ROI; another seed gives other noise', async () => {
    const r = await perturbRadiomics(volume, roi, settings, { perturbations: [{ kind: 'erode' }, { kind: 'noise', seed: 1, sigma: 5 }, { kind: 'noise', seed: 2, sigma: 5 }] });
    const eroded = computeRadiomics(volume, erodeMask(roi, 6), settings);
    if (!r.ok || !eroded.ok) throw new Error('failed');
    expect(r.value.features['Q4LE'].values[1]).toBe(eroded.value.features['Q4LE'].value);
    expect(r.value.perturbations[2]).toMatchObject({ id: 'noise(seed=1 sigma=5)', sigma: 5, sigmaSource: 'given' });
    const mean = r.value.features['Q4LE'].values;
    expect(mean[2]).not.toBe(mean[3]);
    expect(Math.abs(mean[2]! - mean[0]!)).toBeLessThan(2);
  });
  it('noise added around the ROI only gives the same features as noise over the whole image (cubic spline, config E)', async () => {
    const big = makeGeometry([120, 120, 6], [1, 1, 2]);
    const v = makeVolume(big, Int16Array.from({ length: 120 * 120 * 6 }, (_, q) => ((q * 37) % 200) - 50), 'HU', 'CT');
    const m = makeMask([120, 120, 6], (i, j, k) => (i - 60) ** 2 + (j - 58) ** 2 <= 25 && k >= 1 && k <= 4);
    const r = await perturbRadiomics(v, m, RADIOMICS_PRESETS.E, { perturbations: [{ kind: 'noise', seed: 9, sigma: 10 }] });
    const whole = computeRadiomics(addGaussianNoise(v, 10, 9), m, RADIOMICS_PRESETS.E);
    if (!r.ok || !whole.ok) throw new Error('failed');
    for (const key of r.value.order) expect(r.value.features[key].values[1], key).toBe(whole.value.features[key].value);
  });
  it('stops when aborted', async () => {
    const c = new AbortController();
    const r = await perturbRadiomics(volume, roi, settings, { signal: c.signal, onProgress: (done) => done === 3 && c.abort() });
    expect(r).toEqual({ ok: false, error: { kind: 'aborted' } });
  });
});
