import type { NaturalDataset } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import { readPart10, writePart10 } from '../../dicom/part10';
import { exportSeg } from '../exportSeg';
import { importSeg } from '../importSeg';
import { decodeLabelmap } from '../decodeLabelmap';
import { boxSegmentation, ctGrid, syntheticContext } from '../../fixtures/syntheticReading';
import type { Segmentation } from '../../model/schema';

const seg: Segmentation = boxSegmentation('s1', ctGrid(), 3);
const exported = exportSeg(seg, syntheticContext());
const target = { grid: seg.grid, sliceSopInstanceUIDs: seg.sliceSopInstanceUIDs };
const n = seg.grid.dimensions[0] * seg.grid.dimensions[1] * seg.grid.dimensions[2];
const labelsOf = (s: Segmentation) => {
  const d = decodeLabelmap(s.labelmap, n);
  if (!d.ok) throw new Error(d.error);
  return d.value;
};
const original = labelsOf(seg);

function edit(fn: (ds: NaturalDataset) => void): Uint8Array {
  const r = readPart10(exported.bytes);
  if (!r.ok) throw new Error(r.error);
  fn(r.value);
  return writePart10(r.value);
}

describe('exportSeg', () => {
  it('writes one frame per (segment, slice) that holds the segment', () => {
    const plane = seg.grid.dimensions[0] * seg.grid.dimensions[1];
    let expected = 0;
    for (const s of seg.segments)
      for (let k = 0; k < seg.grid.dimensions[2]; k++) if (original.subarray(k * plane, (k + 1) * plane).includes(s.number)) expected++;
    expect(exported.frameCount).toBe(expected);
    expect(exported.warnings).toEqual([]);
  });
});

describe('importSeg', () => {
  it('places every frame back on the grid', () => {
    const r = importSeg(exported.bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped).toEqual([]);
    expect(labelsOf(r.value.segmentation)).toEqual(original);
  });

  it('accepts a grid lookup by referenced series and refuses an unloaded series', () => {
    expect(importSeg(exported.bytes, { target: (s) => (s === seg.reference.seriesInstanceUID ? target : undefined) }).ok).toBe(true);
    expect(importSeg(exported.bytes, { target: () => undefined })).toMatchObject({ ok: false, error: expect.stringContaining('is not loaded') });
  });

  it('missing frames (truncated pixel data) are reported, the rest imported', () => {
    const bytes = edit((ds) => {
      const full = new Uint8Array(ds.PixelData[0] as ArrayBuffer);
      const plane = seg.grid.dimensions[0] * seg.grid.dimensions[1]; // 768 px = 96 bytes per frame
      ds.PixelData = [full.slice(0, (plane / 8) * 2).buffer];
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped[0]).toEqual({ path: 'PixelData', reason: `holds 2 of ${exported.frameCount} frames; frames 3..${exported.frameCount} missing` });
    const labels = labelsOf(r.value.segmentation);
    expect(labels.filter((v) => v !== 0).length).toBeGreaterThan(0);
    expect(labels.filter((v) => v !== 0).length).toBeLessThan(original.filter((v) => v !== 0).length);
  });

  it('a frame off the grid and a frame of an unknown segment are skipped with reasons', () => {
    const bytes = edit((ds) => {
      ds.PerFrameFunctionalGroupsSequence[0].PlanePositionSequence[0].ImagePositionPatient = [-12.4, -9.6, 101.25];
      ds.PerFrameFunctionalGroupsSequence[1].SegmentIdentificationSequence[0].ReferencedSegmentNumber = 9;
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped).toEqual([
      { path: 'Frame 1', reason: 'position (-12.40, -9.60, 101.25) is not a slice of the referenced grid' },
      { path: 'Frame 2', reason: 'references unknown segment 9' },
    ]);
  });

  it('overlapping segments are reported: a labelmap keeps one segment per voxel', () => {
    // Segment 1 is the box i 2..7, j 8..16 (54 pixels) on slices 6..8; frames 1 and 2 are its slices 6 and 7.
    const bytes = edit((ds) => {
      const fg = ds.PerFrameFunctionalGroupsSequence[1];
      fg.PlanePositionSequence[0].ImagePositionPatient = [-12.4, -9.6, 115];
      fg.SegmentIdentificationSequence[0].ReferencedSegmentNumber = 2;
      delete fg.DerivationImageSequence;
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped).toEqual([{ path: 'labelmap', reason: "54 voxels belong to more than one segment; the higher frame's segment was kept" }]);
    const labels = labelsOf(r.value.segmentation);
    expect(labels[2 + 8 * 32 + 6 * 768]).toBe(2);
    expect(labels[2 + 8 * 32 + 7 * 768]).toBe(0);
  });

  it('a segment without frames is reported', () => {
    const bytes = edit((ds) => {
      ds.SegmentSequence.push({ ...ds.SegmentSequence[0], SegmentNumber: 4, SegmentLabel: 'Empty' });
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped).toEqual([{ path: 'Segment 4', reason: 'no frames' }]);
  });

  it('a segment label longer than LO allows (another writer) is cut to 64 characters, not refused', () => {
    const long = '😀'.repeat(10) + 'x'.repeat(90);
    const bytes = edit((ds) => {
      ds.SegmentSequence[0].SegmentLabel = long;
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(Array.from(r.value.segmentation.segments[0].label)).toHaveLength(64);
    expect(r.value.segmentation.segments[0].label.startsWith('😀'.repeat(10) + 'x')).toBe(true);
  });

  it('a frame whose source image disagrees with its position is placed by position and reported', () => {
    const bytes = edit((ds) => {
      ds.PerFrameFunctionalGroupsSequence[0].DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID = '2.25.77';
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.skipped).toHaveLength(1);
    expect(r.value.skipped[0].reason).toContain('source image 2.25.77 is not the slice at its position');
    expect(labelsOf(r.value.segmentation)).toEqual(original);
  });

  it('refuses a grid of another size or orientation, and objects that are not SEG', () => {
    expect(importSeg(exported.bytes, { target: { ...target, grid: { ...seg.grid, dimensions: [16, 24, 10] } } })).toMatchObject({ ok: false, error: expect.stringContaining('32×24') });
    expect(importSeg(exported.bytes, { target: { ...target, grid: { ...seg.grid, rowDirection: [0, 1, 0], columnDirection: [1, 0, 0] } } })).toMatchObject({ ok: false, error: expect.stringContaining('orientation') });
    expect(importSeg(edit((ds) => { ds.SOPClassUID = '1.2.840.10008.5.1.4.1.1.2'; }), { target })).toMatchObject({ ok: false, error: expect.stringContaining('not a DICOM Segmentation') });
    expect(importSeg(edit((ds) => { delete ds.ReferencedSeriesSequence; }), { target })).toMatchObject({ ok: false, error: expect.stringContaining('ReferencedSeriesSequence') });
  });

  it('reads FRACTIONAL 8-bit segmentations (≥ 50 % is inside)', () => {
    const plane = seg.grid.dimensions[0] * seg.grid.dimensions[1];
    const bytes = edit((ds) => {
      const bits = new Uint8Array(ds.PixelData[0] as ArrayBuffer);
      const frac = new Uint8Array(plane * ds.NumberOfFrames);
      for (let p = 0; p < frac.length; p++) frac[p] = (bits[p >> 3] >> (p & 7)) & 1 ? 200 : 100; // 100/255 < 50 %
      Object.assign(ds, { SegmentationType: 'FRACTIONAL', SegmentationFractionalType: 'PROBABILITY', MaximumFractionalValue: 255, BitsAllocated: 8, BitsStored: 8, HighBit: 7, PixelData: [frac.buffer] });
    });
    const r = importSeg(bytes, { target });
    if (!r.ok) throw new Error(r.error);
    expect(labelsOf(r.value.segmentation)).toEqual(original);
  });
});
