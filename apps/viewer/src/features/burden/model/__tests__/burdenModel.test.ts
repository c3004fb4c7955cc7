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
