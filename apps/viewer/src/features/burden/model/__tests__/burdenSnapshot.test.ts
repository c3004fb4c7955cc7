import { beforeEach, describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { BurdenLesion, CroppedMask } from '@caliper/engine';
import { burdenSchema } from '@caliper/report';
import { burdenSnapshot, restoreBurdenSnapshot } from '../burdenSnapshot';
import { useBurden } from '../burdenState';
import type { BurdenReply } from '../burdenTypes';
import { burdenReport } from '../burdenReport';
import { useScores } from '../scoresState';

const DIMS = [10, 10, 10] as const;
const lesion = (id: number, voxelCount: number, suvMean: number, x: number): BurdenLesion => ({
  id, voxelCount, volumeMl: voxelCount * 0.5, suvMax: suvMean + 2, suvPeak: suvMean + 1, suvMean, tlg: suvMean * voxelCount * 0.5, centroidMm: patientPoint(x, 0, 0),
});
const mask = (lo: [number, number, number], data: number[], li: number): CroppedMask => ({
  dimensions: DIMS, bbox: [lo, [lo[0] + li - 1, lo[1], lo[2] + data.length / li - 1]], data: Uint8Array.from(data),
});

/** Three lesions of 2, 3 and 1 voxels of 0.5 mL: volumes 1, 1.5, 0.5 mL; TLG 4, 9, 1.5 SUVbw·mL. */
function reply(): BurdenReply {
  return {
    unit: 'SUVbw', method: 'suv4', thresholdSuv: 4, minVolumeMl: 0,
    lesions: [lesion(1, 2, 4, 0), lesion(2, 3, 6, 120), lesion(3, 1, 3, 40)],
    totals: { lesionCount: 3, tmtvMl: 3, tlg: 14.5, dmaxMm: 120, sdmaxPerM: 0.06 },
    exclusion: { source: 'auto', voxelCount: 2, organs: ['Brain'] },
    reference: { liver: null, liverSulMean: null, liverSulSd: null, mediastinumSuvMean: 1.5 },
    lesionMasks: [mask([0, 0, 0], [1, 1], 2), mask([4, 4, 4], [1, 0, 1, 1], 2), mask([8, 8, 8], [1], 1)],
    exclusionMask: mask([0, 9, 0], [1, 1], 1),
    bsaM2: 2, notes: ['n'], computeMs: 12,
  };
}

beforeEach(() => {
  useBurden.getState().set({ result: null, seriesUID: null, removed: [], merged: [], selected: [] });
  useScores.getState().set({ confirmed: {}, references: {}, hypoxia: { fmisoTb: 1.2, fazaTm: 1.4 } });
});

describe('burdenSnapshot', () => {
  it('saves the effective lesions with their masks, totals over them and their confirmed scores', () => {
    const s = burdenSnapshot({ result: reply(), seriesUID: '1.2.3', removed: [2], merged: [] },
      { confirmed: { 1: { deauville: 4 }, 2: { deauville: 5 } }, references: {}, hypoxia: { fmisoTb: 1.3, fazaTm: 1.4 } }, 0.8)!;
    expect(burdenSchema.safeParse(s).success).toBe(true);
    expect(s.lesions.map((l) => [l.id, l.volumeMl, l.tlg, l.mask])).toEqual([
      [1, 1, 4, { bbox: [[0, 0, 0], [1, 0, 0]], runs: [0, 2] }],
      [3, 0.5, 1.5, { bbox: [[8, 8, 8], [8, 8, 8]], runs: [0, 1] }],
    ]);
    // TMTV 1 + 0.5 mL, TLG 4 + 1.5, Dmax 40 mm between x = 0 and 40, SDmax 0.04 / 2 m².
    expect(s.totals).toEqual({ lesionCount: 2, tmtvMl: 1.5, tlg: 5.5, dmaxMm: 40, sdmaxPerM: 0.02 });
    expect(s.scores.confirmed).toEqual({ 1: { deauville: 4 } });
    expect(s.scores.hypoxia.fmisoTb).toBe(1.3);
    expect(s.exclusion.mask).toEqual({ bbox: [[0, 9, 0], [0, 9, 1]], runs: [0, 2] });
    expect(s.sulPerSuvbw).toBe(0.8);
    expect(s.removedIds).toEqual([2]);
    // Same result → same tracking UIDs at every save.
    const again = burdenSnapshot({ result: reply(), seriesUID: '1.2.3', removed: [2], merged: [] }, useScores.getState(), 0.8)!;
    expect(again.lesions.map((l) => l.trackingUid)).toEqual(s.lesions.map((l) => l.trackingUid));
    expect(s.lesions[0].trackingUid).toMatch(/^2\.25\.\d+$/);
  });

  it('is null without a result', () => {
    expect(burdenSnapshot(useBurden.getState(), useScores.getState(), null)).toBeNull();
  });

  it('restores the same lesions, masks, totals and scores into the stores without re-running', () => {
    const s = burdenSnapshot({ result: reply(), seriesUID: '1.2.3', removed: [2], merged: [] }, { confirmed: { 3: { mipsma: 2 } }, references: {}, hypoxia: { fmisoTb: 1.2, fazaTm: 1.5 } }, null)!;
    const r = restoreBurdenSnapshot(s);
    expect(r.ok).toBe(true);
    const st = useBurden.getState();
    expect(st.seriesUID).toBe('1.2.3');
    expect(st.removed).toEqual([]);
    expect(st.method).toBe('suv4');
    expect(st.result!.lesions.map((l) => l.id)).toEqual([1, 3]);
    expect([...st.result!.lesionMasks[0].data]).toEqual([1, 1]);
    expect(st.result!.exclusionMask!.bbox).toEqual([[0, 9, 0], [0, 9, 1]]);
    expect(burdenReport(st.result!, st.removed, null, 'PET').totals).toEqual({ lesionCount: 2, tmtvMl: 1.5, tlg: 5.5, dmaxMm: 40, sdmaxPerM: 0.02 });
    expect(useScores.getState().confirmed).toEqual({ 3: { mipsma: 2 } });
    expect(useScores.getState().hypoxia.fazaTm).toBe(1.5);
  });

  it('a mask that does not fit the grid is refused with the lesion named', () => {
    const s = burdenSnapshot({ result: reply(), seriesUID: '1.2.3', removed: [], merged: [] }, useScores.getState(), null)!;
    const bad = { ...s, lesions: [{ ...s.lesions[0], mask: { bbox: [[9, 0, 0], [10, 0, 0]] as [[number, number, number], [number, number, number]], runs: [0, 2] } }] };
    expect(restoreBurdenSnapshot(bad)).toEqual({ ok: false, error: 'whole-body lesion 1: mask bbox [9,0,0]–[10,0,0] is outside the 10×10×10 grid' });
  });
});
