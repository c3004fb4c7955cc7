import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { RADIOMICS_PRESETS, computeRadiomics, sphereToMask } from '@caliper/engine';
import { createMeasureApi } from '../../../measure/worker/createMeasureApi';
import type { RoiShape } from '../../../measure/model/shapes';
import { grid, volumeOf } from '../../../measure/worker/__tests__/fixtures';

// A 24³ grid, 1 mm: a textured ball of radius 7 mm (values 100 + (i·7 + j·3 + k) mod 40) in 0.
const g = grid([24, 24, 24], [1, 1, 1]);
const inBall = (i: number, j: number, k: number) => (i - 12) ** 2 + (j - 12) ** 2 + (k - 12) ** 2 <= 49;
const ct = () => volumeOf(g, (i, j, k) => (inBall(i, j, k) ? 100 + ((i * 7 + j * 3 + k) % 40) : 0));
const sphere: RoiShape = { kind: 'sphere', center: patientPoint(12, 12, 12), radiusMm: 6 };
const box: RoiShape = { kind: 'box', min: patientPoint(9, 9, 9), max: patientPoint(15, 15, 15) };

describe('measure worker: radiomics of a lesion shape', () => {
  it('a sphere shape gives computeRadiomics on the same rasterised mask, with progress', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', ct());
    const steps: number[] = [];
    const r = await api.radiomics('ct', sphere, RADIOMICS_PRESETS.C, { requestId: 1 }, (p) => steps.push(p.done));
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    const direct = computeRadiomics(ct(), sphereToMask(g, patientPoint(12, 12, 12), 6), RADIOMICS_PRESETS.C);
    if (!direct.ok) throw new Error('direct failed');
    expect(r.value.features).toEqual(direct.value.features);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('PET with SUV factors: the features are in SUVbw (mean of a uniform cube = its SUV)', async () => {
    const api = createMeasureApi();
    api.putVolume('pt', volumeOf(g, (i, j, k) => (i >= 8 && i <= 16 && j >= 8 && j <= 16 && k >= 8 && k <= 16 ? 2500 : 500), 'Bq/mL'), { suvFactorPerSlice: Array(24).fill(0.002), suvUnit: 'SUVbw' });
    const r = await api.radiomics('pt', box, { ...RADIOMICS_PRESETS.A, resegmentation: { range: [null, null], outlierSigma: null }, discretisation: { method: 'FBN', bins: 8 } }, { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    expect(r.value.features.Q4LE.value).toBeCloseTo(5, 5);
  });

  it('a line has no area: refused as an empty ROI; cancel(channel) stops a run', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', ct());
    const line: RoiShape = { kind: 'lines', segments: [[patientPoint(5, 5, 5), patientPoint(9, 9, 5)]] };
    expect(await api.radiomics('ct', line, RADIOMICS_PRESETS.A, { requestId: 1 })).toMatchObject({ ok: false, error: 'ROI is empty: no voxel centre of 1.2.3 lies inside it' });
    const run = api.radiomics('ct', sphere, RADIOMICS_PRESETS.A, { requestId: 2, channel: 'radiomics' });
    api.cancel('radiomics');
    expect((await run).cancelled).toBe(true);
  });

  it('robustness with another lesion as cohort: two ICC subjects', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', ct());
    const r = await api.radiomicsPerturb('ct', sphere, RADIOMICS_PRESETS.C, { requestId: 1 }, [box]);
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    expect(r.value.parameters.subjects).toBe(2);
    expect(r.value.order).toHaveLength(210);
    expect(r.value.features.RNU0.values).toHaveLength(r.value.perturbations.length);
  });
});
