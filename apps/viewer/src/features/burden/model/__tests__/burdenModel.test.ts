import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { BurdenLesion } from '@caliper/engine';
import { burdenTotals } from '../burdenTotals';
import { defaultBurdenMethod } from '../defaultMethod';

const lesion = (id: number, volumeMl: number, tlg: number, x: number): BurdenLesion => ({
  id, voxelCount: 1, volumeMl, suvMax: 5, suvPeak: 5, suvMean: 5, tlg, centroidMm: patientPoint(x, 0, 0),
});

describe('burdenTotals', () => {
  it('sums volume and TLG, Dmax over the kept centroids, SDmax per BSA', () => {
    const t = burdenTotals([lesion(1, 2, 10, 0), lesion(2, 1, 4, 300), lesion(3, 0.5, 1, 100)], 2);
    expect(t).toEqual({ lesionCount: 3, tmtvMl: 3.5, tlg: 15, dmaxMm: 300, sdmaxPerM: 0.15 });
  });
  it('one lesion: Dmax 0; no BSA: SDmax null', () => {
    expect(burdenTotals([lesion(1, 2, 10, 0)], null)).toEqual({ lesionCount: 1, tmtvMl: 2, tlg: 10, dmaxMm: 0, sdmaxPerM: null });
  });
});

describe('defaultBurdenMethod', () => {
  it('follows the tracer family', () => {
    expect(defaultBurdenMethod('PSMA')).toBe('psma-suv3');
    expect(defaultBurdenMethod('FDG')).toBe('suv4');
    expect(defaultBurdenMethod('hypoxia')).toBe('suv2.5');
    expect(defaultBurdenMethod(null)).toBe('suv2.5');
  });
});

describe('projectMask', () => {
  it('collapses a 2×1×2 mask along k into its 2×1 footprint at the first k', async () => {
    const { projectMask } = await import('../projectMask');
    const m = { dimensions: [4, 4, 4] as const, bbox: [[1, 2, 0], [2, 2, 1]] as const, data: Uint8Array.from([1, 0, 0, 1]) };
    const p = projectMask(m, 2);
    expect(p.bbox).toEqual([[1, 2, 0], [2, 2, 0]]);
    expect([...p.data]).toEqual([1, 1]);
  });
});

describe('burdenReport', () => {
  it('drops removed lesions and recomputes the totals over the kept ones; keeps the CLI document shape', async () => {
    const { burdenReport } = await import('../burdenReport');
    const lesions = [lesion(1, 2, 10, 0), lesion(2, 1, 4, 300), lesion(3, 0.5, 1, 100)];
    const reply = {
      unit: 'SUVbw' as const, method: 'suv2.5' as const, thresholdSuv: 2.5, minVolumeMl: 0, lesions,
      totals: burdenTotals(lesions, 2), exclusion: { source: 'auto' as const, voxelCount: 0, organs: [] },
      reference: { liver: null, liverSulMean: null, liverSulSd: null, mediastinumSuvMean: 1.5 },
      lesionMasks: [], exclusionMask: null, bsaM2: 2, notes: ['n'], computeMs: 1,
    };
    const all = burdenReport(reply, [], null, '#3 PET');
    expect(all.totals.dmaxMm).toBe(300);
    expect(Object.keys(all)).toEqual(['series', 'unit', 'method', 'thresholdSuv', 'minVolumeMl', 'tracer', 'exclusion', 'lesions', 'totals', 'reference', 'removed', 'merged', 'notes']);
    const kept = burdenReport(reply, [2], null, '#3 PET');
    expect(kept.lesions.map((l) => l.id)).toEqual([1, 3]);
    expect(kept.totals).toEqual({ lesionCount: 2, tmtvMl: 2.5, tlg: 11, dmaxMm: 100, sdmaxPerM: 0.05 });
    expect(kept.reference).toEqual({ liverSulMean: null, liverSulSd: null, mediastinumSuvMean: 1.5 });
    expect(kept.removed).toEqual([2]);
  });
});

describe('mergeLesions', () => {
  it('adds counts, volumes and TLG, keeps the largest SUVmax/peak, voxel-weights mean and centroid, unions the masks', async () => {
    const { mergeLesions } = await import('../mergeLesions');
    const a: BurdenLesion = { id: 1, voxelCount: 3, volumeMl: 3, suvMax: 9, suvPeak: 7, suvMean: 6, tlg: 18, centroidMm: patientPoint(0, 0, 0) };
    const b: BurdenLesion = { id: 2, voxelCount: 1, volumeMl: 1, suvMax: 5, suvPeak: 8, suvMean: 2, tlg: 2, centroidMm: patientPoint(4, 0, 8) };
    const c: BurdenLesion = { ...b, id: 3 };
    const dims = [4, 4, 4] as const;
    const masks = [
      { dimensions: dims, bbox: [[0, 0, 0], [0, 0, 0]] as const, data: Uint8Array.from([1]) },
      { dimensions: dims, bbox: [[1, 1, 1], [1, 1, 1]] as const, data: Uint8Array.from([1]) },
      { dimensions: dims, bbox: [[3, 3, 3], [3, 3, 3]] as const, data: Uint8Array.from([1]) },
    ];
    const r = mergeLesions([a, b, c], masks, [2, 1])!;
    expect(r.lesions.map((l) => l.id)).toEqual([1, 3]);
    expect(r.lesions[0]).toEqual({ id: 1, voxelCount: 4, volumeMl: 4, suvMax: 9, suvPeak: 8, suvMean: 5, tlg: 20, centroidMm: [1, 0, 2] });
    expect(r.masks[0].bbox).toEqual([[0, 0, 0], [1, 1, 1]]);
    expect([...r.masks[0].data]).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    expect(mergeLesions([a, b], masks, [1])).toBeNull();
  });
});
