import { describe, expect, it } from 'vitest';
import { RADIOMICS_PRESETS } from '../../radiomics/settings/radiomicsSettings';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { createEngineApi } from '../createEngineApi';
import type { RadiomicsProgress } from '../createEngineApi';

const g = makeGeometry([12, 12, 8], [1, 1, 2]);
const volume = makeVolume(g, Int16Array.from({ length: 12 * 12 * 8 }, (_, q) => (q * 37) % 200), 'HU', 'CT');
const box = { type: 'box', minMm: [2, 2, 2], maxMm: [8, 8, 10] } as const;

describe('engine API: radiomics', () => {
  it('computes every feature, reports each step, and leaves the shared mask buffer clear', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const steps: RadiomicsProgress[] = [];
    const r = await api.radiomics('ct', box, RADIOMICS_PRESETS.C, { requestId: 1 }, (p) => steps.push(p));
    if (r.cancelled || !r.ok) throw new Error('expected a result');
    expect(r.value.order).toHaveLength(210);
    expect(r.value.roi.morphologicalVoxels).toBeGreaterThan(0);
    expect(steps.map((s) => s.step)).toEqual(['interpolation', 'resegmentation', 'discretisation', 'morphology', 'local_intensity', 'intensity_statistics', 'intensity_histogram', 'intensity_volume_histogram', 'GLCM', 'GLRLM', 'GLSZM', 'GLDZM', 'NGTDM', 'NGLDM']);
    expect(steps.at(-1)).toMatchObject({ done: 14, total: 14 });
    const m = await api.measure('ct', { type: 'box', minMm: [0, 0, 0], maxMm: [0, 0, 0] }, { requestId: 2 });
    if (m.cancelled || !m.ok) throw new Error('expected a result');
    expect(m.value.result.voxelCount).toBe(1);
  });
  it('a newer request on the channel cancels the running one between steps', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const first = api.radiomics('ct', box, RADIOMICS_PRESETS.A, { requestId: 1, channel: 'radiomics' });
    const second = api.radiomics('ct', box, RADIOMICS_PRESETS.A, { requestId: 2, channel: 'radiomics' });
    expect((await first).cancelled).toBe(true);
    expect((await second).cancelled).toBe(false);
  });
  it('an empty ROI is an error, as the CLI words it', async () => {
    const api = createEngineApi();
    api.putVolume('ct', volume);
    const r = await api.radiomics('ct', { type: 'sphere', centerMm: [500, 0, 0], radiusMm: 1 }, RADIOMICS_PRESETS.A, { requestId: 1 });
    expect(r).toMatchObject({ ok: false, error: 'ROI is empty: no voxel centre of ct lies inside it' });
  });
});
