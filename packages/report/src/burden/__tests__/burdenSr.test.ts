import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReading } from '../../exportReading';
import { importSr } from '../../sr/importSr';
import { importReading } from '../../importReading';
import { parseReading } from '../../model/parseReading';
import { decodeMaskRle, encodeMaskRle } from '../../model/burdenMaskRle';
import { syntheticContext, syntheticReading } from '../../fixtures/syntheticReading';
import { BURDEN_DIMS, syntheticBurden } from '../../fixtures/syntheticBurden';

const reading = { ...syntheticReading(), burden: syntheticBurden() };
const exported = exportReading(reading, syntheticContext());

describe('whole-body burden in the reading', () => {
  it('mask RLE: bbox runs round-trip; runs that do not fill the bbox are refused', () => {
    const data = Uint8Array.from([1, 0, 1, 1, 0, 0]);
    const rle = encodeMaskRle({ dimensions: [8, 6, 4], bbox: [[1, 1, 0], [3, 2, 0]], data })!;
    expect(rle.runs).toEqual([0, 1, 1, 2, 2]);
    const back = decodeMaskRle(rle, [8, 6, 4]);
    expect(back.ok && [...back.value.data]).toEqual([...data]);
    expect(decodeMaskRle({ bbox: rle.bbox, runs: [0, 1, 1] }, [8, 6, 4])).toEqual({ ok: false, error: 'mask runs cover 2 of its bbox\'s 6 voxels' });
    expect(decodeMaskRle({ bbox: [[7, 0, 0], [8, 0, 0]], runs: [0, 2] }, [8, 6, 4]).ok).toBe(false);
  });

  it('a reading with a burden validates; a malformed burden is dropped with the problem named and the rest loads', () => {
    expect(parseReading(reading)).toMatchObject({ ok: true });
    const bad = { ...reading, burden: { ...syntheticBurden(), lesions: [{ ...syntheticBurden().lesions[0], volumeMl: -1 }] } };
    const p = parseReading(bad);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.reading.burden).toBeUndefined();
    expect(p.reading.lesions).toHaveLength(reading.lesions.length);
    expect(p.warnings?.[0].kind).toBe('burden-dropped');
    expect(p.warnings?.[0].message).toContain('burden.lesions.0.volumeMl');
  });
});

describe('whole-body burden in the SR (TID 1500) and SEG', () => {
  it('writes one more SEG with one segment per kept lesion', () => {
    expect(exported.segs).toHaveLength(reading.segmentations.length + 1);
    expect(exported.warnings.filter((w) => w.includes('burden'))).toEqual([]);
  });

  it('reads back every lesion group, its method, scores and the totals; no burden group becomes a lesion', () => {
    const r = importSr(exported.sr);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lesions).toHaveLength(reading.lesions.length);
    const b = r.value.burden!;
    expect(b.method).toBe('pct41');
    expect(b.lesions.map((l) => [l.id, l.trackingUid, l.volumeMl, l.suvMax, l.suvPeak, l.suvMean, l.tlg, l.deauville, l.mipsma])).toEqual([
      [1, '2.25.9001', 0.128, 6, 5.5, 5, 0.64, 4, 2],
      [3, '2.25.9003', 0.192, 4.5, 4.2, 4, 0.768, 3, undefined],
    ]);
    expect(b.totals).toEqual({ trackingUid: '2.25.9000', tmtvMl: 0.32, tlg: 1.408, lesionCount: 2, dmaxMm: 50, sdmaxPerM: 0.025, thresholdSuv: 2.5, minVolumeMl: 0 });
    // Without its SEG loaded, only the segment geometry is left out; the method and score items are not "unknown".
    const burdenSkips = r.value.skipped.filter((s) => /Measurement Group [789]/.test(s.path));
    expect(burdenSkips.map((s) => s.reason.replace(/SEG [0-9.]+/, 'SEG x'))).toEqual([
      'referenced SEG x is not loaded; segment geometry not imported',
      'referenced SEG x is not loaded; segment geometry not imported',
    ]);
  });

  it('a burden lesion group references its segment of the burden SEG', () => {
    const segRefs = exported.segs.map((s) => s.ref);
    const burdenSeg = segRefs[segRefs.length - 1];
    const r = importSr(exported.sr, { segmentations: new Map([[burdenSeg.sopInstanceUID, { id: 'burden' }]]) });
    expect(r.ok && r.value.burden!.lesions.map((l) => l.lesion.geometry)).toEqual([
      { kind: 'segment', segmentationId: 'burden', segmentNumber: 1 },
      { kind: 'segment', segmentationId: 'burden', segmentNumber: 2 },
    ]);
    const grid = syntheticBurden().source!.grid;
    expect(BURDEN_DIMS).toEqual(grid.dimensions);
  });

  it('importReading (a reading from the PACS) rebuilds the burden block from the SR and its SEG: same voxels, values, scores, totals', () => {
    const src = syntheticBurden().source!;
    const imported = importReading({ sr: exported.sr, segs: [exported.segs[exported.segs.length - 1].bytes] }, { target: () => ({ grid: src.grid, sliceSopInstanceUIDs: src.sliceSopInstanceUIDs }) });
    if (!imported.ok) throw new Error(imported.error);
    const b = imported.value.reading.burden!;
    // The burden SEG is not one of the reading's segmentations.
    expect(imported.value.reading.segmentations).toEqual([]);
    const orig = syntheticBurden();
    expect(b.lesions.map((l) => [l.id, l.trackingUid, l.voxelCount, l.mask, l.volumeMl, l.tlg])).toEqual(orig.lesions.map((l) => [l.id, l.trackingUid, l.voxelCount, l.mask, l.volumeMl, l.tlg]));
    // Centroids = mean voxel centre: lesion 1 (1.5, 1, 1) → (−16 + 6, −12 + 4, 100 + 4); lesion 3 (16/3, 11/3, 2).
    expect(b.lesions[0].centroidMm).toEqual([-10, -8, 104]);
    b.lesions[1].centroidMm.forEach((c, d) => expect(c).toBeCloseTo([-16 + 64 / 3, -12 + 44 / 3, 108][d], 9));
    expect(b.totals).toEqual(orig.totals);
    expect(b.bsaM2).toBeCloseTo(2, 12);
    expect([b.method, b.thresholdSuv, b.minVolumeMl, b.trackingUid]).toEqual(['pct41', 2.5, 0, '2.25.9000']);
    expect(b.scores.confirmed).toEqual(orig.scores.confirmed);
    expect(b.source?.reference.seriesInstanceUID).toBe(orig.seriesInstanceUID);
  });
});

const DCIODVFY = '/usr/bin/dciodvfy';
describe.skipIf(!existsSync(DCIODVFY))('dciodvfy: SR and SEG with a burden', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'caliper-burden-'));
  const errors = (file: string) => {
    const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l));
  };
  it('no IOD errors', () => {
    const sr = path.join(dir, 'burden.sr.dcm');
    const seg = path.join(dir, 'burden.seg.dcm');
    writeFileSync(sr, exported.sr);
    writeFileSync(seg, exported.segs[exported.segs.length - 1].bytes);
    expect(errors(sr)).toEqual([]);
    expect(errors(seg)).toEqual([]);
  });
});
