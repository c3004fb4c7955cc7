import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { BurdenLesion, CroppedMask } from '@caliper/engine';
import { exportSeg } from '@caliper/report';
import { syntheticContext } from '@caliper/report/fixtures/syntheticReading';
import { EMPTY_HISTORY, pushCommand, stepBack, stepForward } from '../burdenHistory';
import type { BurdenCommand, BurdenSnapshot } from '../burdenHistory';
import type { BurdenReply } from '../burdenTypes';
import { nextLesionId, withAddedLesion, withExclusion, withSplitLesion } from '../editResult';
import { exclusionSegmentation } from '../exclusionSegmentation';
import { paintSphere } from '../paintSphere';
import { readExclusionSeg } from '../readExclusionSeg';

// 10 × 10 × 10 grid, 2 mm voxels, origin 0: voxel (i, j, k) centre = (2i, 2j, 2k) mm.
const geometry = (n = 10, sp = 2): Geometry => ({
  dimensions: [n, n, n], spacing: [sp, sp, sp], origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1],
});
const count = (m: CroppedMask | null) => (m ? m.data.reduce((s, x) => s + x, 0) : 0);

describe('paintSphere: the exclusion brush on the PET grid', () => {
  it('radius 2 mm at a voxel centre: the voxel and its 6 face neighbours (edges are 2.83 mm away); erase takes them back', () => {
    const g = geometry();
    const m = paintSphere(null, g, [8, 8, 8], 2, 1)!;
    expect(m.bbox).toEqual([[3, 3, 3], [5, 5, 5]]);
    expect(count(m)).toBe(7);
    // Radius 2.9 mm: + the 12 edge neighbours (2.83 mm), not the corners (3.46 mm).
    const m2 = paintSphere(m, g, [8, 8, 8], 2.9, 1)!;
    expect(count(m2)).toBe(19);
    expect(count(m)).toBe(7);
    // A second sphere 10 mm away grows the bbox.
    const m3 = paintSphere(m2, g, [18, 8, 8], 0.5, 1)!;
    expect(m3.bbox).toEqual([[3, 3, 3], [9, 5, 5]]);
    expect(count(m3)).toBe(20);
    // Erasing the first sphere shrinks the bbox to the voxel left.
    const e = paintSphere(m3, g, [8, 8, 8], 3, 0)!;
    expect(e.bbox).toEqual([[9, 4, 4], [9, 4, 4]]);
    expect(count(e)).toBe(1);
    expect(paintSphere(e, g, [18, 8, 8], 1, 0)).toBeNull();
    // Nothing changes: the same object.
    expect(paintSphere(m, g, [8, 8, 8], 1, 1)).toBe(m);
    expect(paintSphere(null, g, [8, 8, 8], 1, 0)).toBeNull();
  });
});

const lesion = (id: number, volumeMl: number, x: number): BurdenLesion => ({ id, voxelCount: 1, volumeMl, suvMax: 5, suvPeak: 5, suvMean: 5, tlg: 5 * volumeMl, centroidMm: patientPoint(x, 0, 0) });
const mask1: CroppedMask = { dimensions: [10, 10, 10], bbox: [[0, 0, 0], [0, 0, 0]], data: Uint8Array.from([1]) };
const reply = (lesions: BurdenLesion[]): BurdenReply => ({
  unit: 'SUVbw', method: 'suv2.5', thresholdSuv: 2.5, minVolumeMl: 0, lesions, totals: { lesionCount: 0, tmtvMl: 0, tlg: 0, dmaxMm: 0, sdmaxPerM: null },
  exclusion: { source: 'auto', voxelCount: 0, organs: ['Brain'] }, reference: { liver: null, liverSulMean: null, liverSulSd: null, mediastinumSuvMean: null },
  lesionMasks: lesions.map(() => mask1), exclusionMask: null, bsaM2: 2, notes: [], computeMs: 0,
});

describe('editResult: new ids and totals after an add or a split', () => {
  it('add appends id max+1 and recomputes the totals; split keeps the id in place and appends the others', () => {
    const r = reply([lesion(1, 2, 0), lesion(4, 1, 100)]);
    expect(nextLesionId(r)).toBe(5);
    const a = withAddedLesion(r, lesion(5, 0.5, 300), mask1);
    expect(a.lesions.map((l) => l.id)).toEqual([1, 4, 5]);
    expect(a.totals).toEqual({ lesionCount: 3, tmtvMl: 3.5, tlg: 17.5, dmaxMm: 300, sdmaxPerM: 0.15 });
    const s = withSplitLesion(a, 1, [lesion(1, 1.5, 0), lesion(6, 0.5, -100)], [mask1, mask1]);
    expect(s.lesions.map((l) => l.id)).toEqual([1, 4, 5, 6]);
    expect(s.totals.tmtvMl).toBe(3.5);
    expect(s.totals.dmaxMm).toBe(400);
    const e = withExclusion(r, paintSphere(null, geometry(), [8, 8, 8], 2, 1), 'edited');
    expect(e.exclusion).toEqual({ source: 'edited', voxelCount: 7, organs: ['Brain'] });
  });
});

describe('burdenHistory: commands as data', () => {
  const snap = (n: number): BurdenSnapshot => ({ result: reply([lesion(n, 1, 0)]), removed: [], merged: [], added: [] });
  const cmd = (a: number, b: number): BurdenCommand => ({ kind: 'add', label: `add #${b}`, before: snap(a), after: snap(b) });
  it('undo restores `before`, redo `after`; a new edit clears redo; the oldest drop past the limit', () => {
    let h = pushCommand(pushCommand(EMPTY_HISTORY, cmd(1, 2)), cmd(2, 3));
    const u = stepBack(h)!;
    expect(u.restore.result.lesions[0].id).toBe(2);
    h = u.history;
    expect(h.undo).toHaveLength(1);
    expect(h.redo).toHaveLength(1);
    const r = stepForward(h)!;
    expect(r.restore.result.lesions[0].id).toBe(3);
    expect(pushCommand(h, cmd(2, 9)).redo).toHaveLength(0);
    expect(stepForward(EMPTY_HISTORY)).toBeNull();
    expect(stepBack(EMPTY_HISTORY)).toBeNull();
    let big = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) big = pushCommand(big, cmd(i, i + 1), 3);
    expect(big.undo.map((c) => c.label)).toEqual(['add #3', 'add #4', 'add #5']);
  });
});

describe('exclusion SEG: export with the report writer, read back onto the PET grid', () => {
  const target = (g: Geometry) => ({
    seriesInstanceUID: '2.25.1', sopClassUID: '1.2.840.10008.5.1.4.1.1.128', frameOfReferenceUID: '2.25.2',
    grid: {
      dimensions: [...g.dimensions] as [number, number, number], origin: [0, 0, 0] as [number, number, number], spacing: [...g.spacing] as [number, number, number],
      rowDirection: [1, 0, 0] as [number, number, number], columnDirection: [0, 1, 0] as [number, number, number], sliceDirection: [0, 0, 1] as [number, number, number],
    },
    sopInstanceUIDs: Array.from({ length: g.dimensions[2] }, (_, k) => `2.25.3${k}`),
  });
  it('round trip on the same grid; on a grid of 4 mm voxels each voxel takes the 2 mm voxel nearest its centre', () => {
    const g = geometry();
    const m = paintSphere(paintSphere(null, g, [8, 8, 8], 2.9, 1), g, [16, 16, 16], 0.5, 1)!;
    const seg = exportSeg(exclusionSegmentation(m, target(g), ['Brain', 'Urinary bladder'], 'Burden exclusion'), syntheticContext());
    const back = readExclusionSeg(seg.bytes, g);
    if (!back.ok) throw new Error(back.error);
    expect(back.value.organs).toEqual(['Excluded uptake']);
    expect(back.value.mask?.bbox).toEqual(m.bbox);
    expect([...back.value.mask!.data]).toEqual([...m.data]);
    // 5³ grid of 4 mm voxels, origin 0: voxel (2,2,2) centre (8,8,8) is set, (4,4,4) centre (16,16,16) too; (1,2,2) = (4,8,8) is 4 mm away: not set.
    const coarse = readExclusionSeg(seg.bytes, geometry(5, 4));
    if (!coarse.ok) throw new Error(coarse.error);
    expect(count(coarse.value.mask)).toBe(2);
    expect(coarse.value.mask?.bbox).toEqual([[2, 2, 2], [4, 4, 4]]);
  });
  it('errors: not DICOM, another frame of reference, empty exclusion', () => {
    expect(readExclusionSeg(new Uint8Array(10), geometry())).toMatchObject({ ok: false });
    const seg = exportSeg(exclusionSegmentation(paintSphere(null, geometry(), [8, 8, 8], 2, 1), target(geometry()), [], 'x'), syntheticContext());
    expect(readExclusionSeg(seg.bytes, geometry(), { frameOfReferenceUID: '2.25.9' })).toEqual({ ok: false, error: 'the SEG is in frame of reference 2.25.2, the PET in 2.25.9' });
    expect(readExclusionSeg(seg.bytes, geometry(), { frameOfReferenceUID: '2.25.2' }).ok).toBe(true);
    expect(() => exclusionSegmentation(null, target(geometry()), [], 'x')).toThrow('the exclusion is empty: nothing to export');
  });
});

describe('paintSphere in place (within a brush stroke)', () => {
  it('writes into the same data when the sphere fits the bbox, copies when it must grow', () => {
    const g = geometry();
    const m = paintSphere(null, g, [8, 8, 8], 2.9, 1)!;
    const e = paintSphere(m, g, [8, 8, 8], 2, 0, { inPlace: true })!;
    expect(e).not.toBe(m);
    expect(e.data).toBe(m.data);
    expect(e.bbox).toEqual(m.bbox);
    expect(count(e)).toBe(12);
    const grown = paintSphere(e, g, [18, 8, 8], 0.5, 1, { inPlace: true })!;
    expect(grown.data).not.toBe(m.data);
    expect(count(grown)).toBe(13);
  });
});
