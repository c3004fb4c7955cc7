import { describe, expect, it } from 'vitest';
import { RADIOMICS_PRESETS } from '../../radiomics/settings/radiomicsSettings';
import { RADIOMICS_STEPS } from '../../radiomics/computeRadiomics';
import { perturbRadiomics } from '../../radiomics/perturb/perturbRadiomics';
import { roiToMask } from '../../roi/roiToMask';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { createEngineApi } from '../createEngineApi';
import type { RadiomicsPerturbProgress } from '../createEngineApi';

const g = makeGeometry([14, 14, 8], [1, 1, 2]);
const volume = makeVolume(g, Int16Array.from({ length: 14 * 14 * 8 }, (_, q) => (q * 37) % 200), 'HU', 'CT');
const box = { type: 'box', minMm: [3, 3, 2], maxMm: [9, 9, 10] } as const;
const perturbations = [{ kind: 'erode' }, { kind: 'dilate' }] as const;

describe('engine API: radiomicsPerturb', () => {
  it('gives what perturbRadiomics gives on the same mask, with progress over every computation', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const progress: RadiomicsPerturbProgress[] = [];
    const r = await api.radiomicsPerturb('ct', box, RADIOMICS_PRESETS.C, { requestId: 1 }, { perturbations: [...perturbations] }, (p) => progress.push(p));
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    const mask = roiToMask(volume, box);
    if (!mask.ok) throw new Error(mask.error);
    const direct = await perturbRadiomics(volume, mask.value, RADIOMICS_PRESETS.C, { perturbations: [...perturbations] });
    if (!direct.ok) throw new Error('direct failed');
    expect(r.value.features).toEqual(direct.value.features);
    expect(r.value.perturbations.map((p) => p.id)).toEqual(['none', 'erode', 'dilate']);
    expect(progress.at(-1)).toEqual({ done: 3 * RADIOMICS_STEPS.length, total: 3 * RADIOMICS_STEPS.length });
  });
  it('a newer request on the channel cancels it; cancel(channel) too', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const first = api.radiomicsPerturb('ct', box, RADIOMICS_PRESETS.A, { requestId: 1, channel: 'robust' }, { perturbations: [...perturbations] });
    const second = api.radiomicsPerturb('ct', box, RADIOMICS_PRESETS.A, { requestId: 2, channel: 'robust' }, { perturbations: [...perturbations] });
    setTimeout(() => api.cancel('robust'), 0);
    expect((await first).cancelled).toBe(true);
    expect((await second).cancelled).toBe(true);
  });
  it('an empty ROI is refused with the CLI wording', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const r = await api.radiomicsPerturb('ct', { type: 'sphere', centerMm: [500, 0, 0], radiusMm: 1 }, RADIOMICS_PRESETS.A, { requestId: 1 });
    expect(r).toMatchObject({ ok: false, error: 'ROI is empty: no voxel centre of ct lies inside it' });
  });
});
