import { describe, expect, it } from 'vitest';
import { readSegMask } from '../readSegMask';
import { grid, voxels } from './grid';

// One-frame BINARY SEG on the 2 mm test grid: pixel (col 1, row 0) at z = 2.
const seg = (spacing: number, ipp: number[], segments = 1) => ({
  Modality: 'SEG',
  Rows: 3,
  Columns: 4,
  BitsAllocated: 1,
  SegmentSequence: Array.from({ length: segments }, (_, q) => ({ SegmentNumber: q + 1 })),
  SharedFunctionalGroupsSequence: [{ PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }], PixelMeasuresSequence: [{ PixelSpacing: [spacing, spacing], SliceThickness: 2 }] }],
  PerFrameFunctionalGroupsSequence: [{ PlanePositionSequence: [{ ImagePositionPatient: ipp }], SegmentIdentificationSequence: [{ ReferencedSegmentNumber: 1 }] }],
  PixelData: [Uint8Array.of(0b10, 0).buffer],
});

describe('readSegMask with onGrid (radiomics: never resample a voxel mask)', () => {
  it('a SEG on the image lattice is read as is', () => {
    const r = readSegMask(seg(2, [0, 0, 2]), grid, undefined, 'seg.dcm', { onGrid: true });
    if (!r.ok) throw new Error(r.error);
    expect(voxels(grid.dimensions, r.value.data)).toEqual(['1,0,1']);
  });
  it('another pixel spacing, or a frame between slices, is refused', () => {
    expect(readSegMask(seg(1, [0, 0, 2]), grid, undefined, 'seg.dcm', { onGrid: true })).toEqual({ ok: false, error: 'mask is not on the image grid: spacing 1 × 1 mm vs 2 × 2 × 2 mm' });
    expect(readSegMask(seg(2, [0, 0, 1]), grid, undefined, 'seg.dcm', { onGrid: true })).toEqual({ ok: false, error: 'mask is not on the image grid: origin off the voxel lattice by (0.000, 0.000, 0.500) voxels' });
    // without onGrid (measure) the same SEG is mapped by nearest neighbour
    expect(readSegMask(seg(1, [0, 0, 2]), grid, undefined, 'seg.dcm').ok).toBe(true);
  });
  it('several segments and none chosen: a named error instead of a guess', () => {
    const r = readSegMask(seg(2, [0, 0, 2], 2), grid, undefined, 'seg.dcm', { onGrid: true });
    expect(r.ok ? '' : r.error).toBe('seg.dcm: SEG has 2 segments (1, 2): give {"type":"mask","path":…,"segment":n} in a roi.json');
  });
});
