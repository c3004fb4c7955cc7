import { describe, expect, it } from 'vitest';
import { createMeasureApi } from '../createMeasureApi';
import type { BurdenRequest } from '../../../burden/model/burdenTypes';
import { grid, volumeOf } from './fixtures';
import { wholeBodyPetPhantom } from '@caliper/engine/testing/wholeBodyPetPhantom';

// Stored Bq/mL × 0.002 = SUVbw: background 1, cube A (27 voxels, SUV 5) and cube B (8 voxels, SUV 3).
const inA = (i: number, j: number, k: number) => i >= 2 && i <= 4 && j >= 2 && j <= 4 && k >= 2 && k <= 4;
const inB = (i: number, j: number, k: number) => i >= 12 && i <= 13 && j >= 12 && j <= 13 && k >= 12 && k <= 13;
const pet = () => volumeOf(grid([40, 40, 40], [2, 2, 2]), (i, j, k) => (inA(i, j, k) ? 2500 : inB(i, j, k) ? 1500 : 500), 'Bq/mL');
const suv = { suvFactorPerSlice: Array(40).fill(0.002), suvUnit: 'SUVbw' as const };
const request = (o: Partial<BurdenRequest> = {}): BurdenRequest => ({
  method: 'suv2.5', exclude: 'auto', psma: false, minVolumeMl: 0, liverCenterMm: null, bloodCenterMm: null, bsaM2: 1.9, sulPerSuvbw: null, ...o,
});

describe('createMeasureApi().burden', () => {
  it('suv2.5: two 26-connected lesions with their SUV, volume, TLG, centroid, totals and masks', async () => {
    const api = createMeasureApi();
    api.putVolume('pt', pet(), suv);
    const r = await api.burden('pt', request(), { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    const [a, b] = r.value.lesions;
    expect(r.value.lesions).toHaveLength(2);
    expect(a.voxelCount).toBe(27);
    expect(a.volumeMl).toBeCloseTo(0.216, 12);
    expect(a.suvMax).toBeCloseTo(5, 5);
    expect(a.suvMean).toBeCloseTo(5, 5);
    expect(a.tlg).toBeCloseTo(1.08, 5);
    expect([...a.centroidMm]).toEqual([6, 6, 6]);
    expect(b.voxelCount).toBe(8);
    expect([...b.centroidMm]).toEqual([25, 25, 25]);
    expect(r.value.totals.lesionCount).toBe(2);
    expect(r.value.totals.tmtvMl).toBeCloseTo(0.28, 12);
    expect(r.value.totals.dmaxMm).toBeCloseTo(19 * Math.sqrt(3), 9);
    expect(r.value.totals.sdmaxPerM).toBeCloseTo((19 * Math.sqrt(3)) / 1000 / 1.9, 12);
    expect(r.value.exclusion).toEqual({ source: 'auto', voxelCount: 0, organs: [] });
    expect(r.value.lesionMasks[0].bbox).toEqual([[2, 2, 2], [4, 4, 4]]);
    expect(r.value.lesionMasks[1].data.reduce((s, x) => s + x, 0)).toBe(8);
    expect(r.value.thresholdSuv).toBe(2.5);
  });

  it('suv4 keeps cube A only; the minimum volume drops small lesions', async () => {
    const api = createMeasureApi();
    api.putVolume('pt', pet(), suv);
    const r4 = await api.burden('pt', request({ method: 'suv4' }), { requestId: 1 });
    if (r4.cancelled || !r4.ok) throw new Error('burden failed');
    expect(r4.value.lesions.map((l) => l.voxelCount)).toEqual([27]);
    expect(r4.value.totals.dmaxMm).toBe(0);
    const rMin = await api.burden('pt', request({ minVolumeMl: 0.1 }), { requestId: 2 });
    if (rMin.cancelled || !rMin.ok) throw new Error('burden failed');
    expect(rMin.value.lesions.map((l) => l.voxelCount)).toEqual([27]);
  });

  it('percist needs the liver reference; with it, 1.5 m + 2 sd and the SUL reference', async () => {
    const api = createMeasureApi();
    api.putVolume('pt', pet(), suv);
    const no = await api.burden('pt', request({ method: 'percist' }), { requestId: 1 });
    if (no.cancelled || no.ok) throw new Error('expected an error');
    expect(no.error).toMatch(/liver/);
    const r = await api.burden('pt', request({ method: 'percist', liverCenterMm: [40, 40, 40], sulPerSuvbw: 0.8 }), { requestId: 2 });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    expect(r.value.thresholdSuv).toBeCloseTo(1.5, 6);
    expect(r.value.reference.liver?.mean).toBeCloseTo(1, 6);
    expect(r.value.reference.liverSulMean).toBeCloseTo(0.8, 6);
    expect(r.value.lesions).toHaveLength(2);
  });

  it('refuses with the reason when SUV is not computable', async () => {
    const api = createMeasureApi();
    api.putVolume('pt', pet(), { suvError: 'PatientWeight missing' });
    const r = await api.burden('pt', request(), { requestId: 1 });
    if (r.cancelled || r.ok) throw new Error('expected an error');
    expect(r.error).toBe('SUV cannot be computed: PatientWeight missing');
  });

  it('the PSMA phantom: docs/cli.md\'s psma-liver example (auto exclusion of six organs, 3 lesions, blood pool)', async () => {
    const ph = wholeBodyPetPhantom('PSMA');
    const api = createMeasureApi();
    api.putVolume('psma', { geometry: ph.geometry, data: ph.data, unit: 'SUVbw', modality: 'PT', seriesInstanceUID: '2.25.990002' });
    const r = await api.burden('psma', request({ method: 'psma-liver', psma: true, liverCenterMm: ph.liverCenterMm, bloodCenterMm: ph.bloodCenterMm, bsaM2: null }), { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'cancelled' : r.error);
    expect(r.value.thresholdSuv).toBeCloseTo(4.472, 3);
    expect(r.value.exclusion).toEqual({ source: 'auto', voxelCount: 8228, organs: ['Salivary glands', 'Liver', 'Spleen', 'Right kidney', 'Left kidney', 'Urinary bladder'] });
    expect(r.value.exclusionMask?.data.reduce((a, x) => a + x, 0)).toBe(8228);
    expect(r.value.totals.lesionCount).toBe(3);
    expect(r.value.totals.tmtvMl).toBeCloseTo(18.576, 9);
    expect(r.value.totals.tlg).toBeCloseTo(124.416, 3);
    expect(r.value.totals.dmaxMm).toBeCloseTo(238.84, 2);
    expect(r.value.totals.sdmaxPerM).toBeNull();
    expect(r.value.reference.mediastinumSuvMean).toBeCloseTo(1.3, 6);
    expect(r.value.lesions[0]).toMatchObject({ id: 1, voxelCount: 56, volumeMl: 12.096, suvMax: 5, suvMean: 5 });
  });
});
