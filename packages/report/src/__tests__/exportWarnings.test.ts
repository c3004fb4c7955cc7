import { describe, expect, it } from 'vitest';
import { exportReading } from '../exportReading';
import { importReading } from '../importReading';
import { syntheticContext, syntheticReading } from '../fixtures/syntheticReading';

describe('exportReading: what cannot be written is reported', () => {
  it('a lesion without a frame of reference keeps its values but not its coordinates', () => {
    const r = syntheticReading();
    r.lesions = [{ ...r.lesions[1], references: r.lesions[1].references.map(({ frameOfReferenceUID: _f, ...ref }) => ref) }];
    r.segmentations = [];
    const e = exportReading(r, syntheticContext());
    expect(e.warnings).toEqual(['lesion "Lung 1": no FrameOfReferenceUID, ellipse geometry not written']);
    expect(e.seg).toBeUndefined();
    const back = importReading({ sr: e.sr }, { target: () => undefined });
    if (!back.ok) throw new Error(back.error);
    expect(back.value.reading.lesions[0].geometry).toEqual({ kind: 'none' });
    expect(back.value.reading.lesions[0].measurements).toEqual(r.lesions[0].measurements);
  });

  it('a segment lesion whose segmentation is missing from the reading', () => {
    const r = syntheticReading();
    r.segmentations = [];
    const e = exportReading(r, syntheticContext());
    expect(e.warnings).toEqual(['lesion "Segmented 1": segmentation seg-ct-1 was not exported, segment reference not written']);
  });
});

describe('importReading', () => {
  const e = exportReading(syntheticReading(), syntheticContext());
  it('refuses an SR of another study', () => {
    expect(importReading({ sr: e.sr }, { target: () => undefined, studyInstanceUID: '1.2.3' })).toMatchObject({ ok: false, error: expect.stringContaining('belongs to study') });
  });
  it('an SR without its SEG: segment lesion keeps its values, the missing SEG is listed', () => {
    const r = importReading({ sr: e.sr }, { target: () => undefined });
    if (!r.ok) throw new Error(r.error);
    const seg = r.value.reading.lesions.find((l) => l.name === 'Segmented 1')!;
    expect(seg.geometry).toEqual({ kind: 'none' });
    expect(seg.measurements.map((m) => m.name)).toEqual(['Volume', 'Volume', 'Mean', 'Voxel count']);
    expect(r.value.skipped).toEqual([{ path: 'SR > Measurement Group 4', reason: `referenced SEG ${e.segs[0].ref.sopInstanceUID} is not loaded; segment geometry not imported` }]);
  });
  it('a SEG whose source series is not loaded is listed, the SR still imports', () => {
    const r = importReading({ sr: e.sr, segs: [e.seg!] }, { target: () => undefined });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped[0]).toEqual({ path: 'SEG 1', reason: expect.stringContaining('is not loaded') });
    expect(r.value.reading.lesions).toHaveLength(6);
  });
  it('nothing to import', () => {
    expect(importReading({}, { target: () => undefined }).ok).toBe(false);
  });
});
