import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { BurdenLesion } from '@caliper/engine';
import { useBurden } from '../../model/burdenState';
import type { BurdenReply } from '../../model/burdenTypes';
import { commitBurdenEdit, redoBurdenEdit, undoBurdenEdit } from '../burdenEdits';

const lesion = (id: number, volumeMl: number): BurdenLesion => ({ id, voxelCount: 1, volumeMl, suvMax: 5, suvPeak: 5, suvMean: 5, tlg: 5 * volumeMl, centroidMm: patientPoint(0, 0, 0) });
const reply = (lesions: BurdenLesion[]): BurdenReply => ({
  unit: 'SUVbw', method: 'suv2.5', thresholdSuv: 2.5, minVolumeMl: 0, lesions, totals: { lesionCount: 0, tmtvMl: 0, tlg: 0, dmaxMm: 0, sdmaxPerM: null },
  exclusion: { source: 'none', voxelCount: 0, organs: [] }, reference: { liver: null, liverSulMean: null, liverSulSd: null, mediastinumSuvMean: null },
  lesionMasks: [], exclusionMask: null, bsaM2: null, notes: [], computeMs: 0,
});

describe('burden edits: undo/redo through the store', () => {
  it('remove → undo → redo; removals of lesions that no longer exist are dropped; a replaced result clears a stale history', () => {
    const r = reply([lesion(1, 2), lesion(2, 1)]);
    useBurden.getState().set({ result: r, seriesUID: 'pt', removed: [], merged: [], added: [], history: { undo: [], redo: [] } });
    commitBurdenEdit('remove', 'remove #2', { removed: [2] });
    expect(useBurden.getState().removed).toEqual([2]);
    expect(undoBurdenEdit()).toBe(true);
    expect(useBurden.getState().removed).toEqual([]);
    expect(redoBurdenEdit()).toBe(true);
    expect(useBurden.getState().removed).toEqual([2]);
    // An edit whose result no longer has lesion 2 drops its removal.
    commitBurdenEdit('split', 'x', { result: reply([lesion(1, 2), lesion(3, 1)]) });
    expect(useBurden.getState().removed).toEqual([]);
    expect(useBurden.getState().history.undo.map((c) => c.label)).toEqual(['remove #2', 'x']);
    // A reading restored from outside (G's burdenSnapshot): undo refuses and forgets the old steps.
    useBurden.getState().set({ result: reply([lesion(1, 9)]) });
    expect(undoBurdenEdit()).toBe(false);
    expect(useBurden.getState().history).toEqual({ undo: [], redo: [] });
    expect(useBurden.getState().result?.lesions[0].volumeMl).toBe(9);
  });
});
