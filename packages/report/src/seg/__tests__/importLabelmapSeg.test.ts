import { describe, expect, it } from 'vitest';
import { readPart10 } from '../../dicom/part10';
import type { Grid } from '../../model/schema';
import { decodeLabelmap } from '../decodeLabelmap';
import { importSeg } from '../importSeg';
import { writeLabelmapSeg } from '../__fixtures__/writeLabelmapSeg';

// 4×4×3 grid (1 mm pixels, 2 mm slices). Segment 1: 5 voxels, segment 2: 3 voxels, segment 3 none.
const grid: Grid = { dimensions: [4, 4, 3], origin: [0, 0, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [1, 1, 2] };
const labels = new Uint8Array(48);
labels.set([1, 1, 1, 1], 0);
labels[16 + 5] = 1;
labels[16 + 6] = 2;
labels[16 + 7] = 2;
labels[32 + 15] = 2;
const sops = ['1.2.3.1', '1.2.3.2', '1.2.3.3'];
const spec = {
  grid,
  labels,
  segments: [{ number: 1, label: 'lesion A' }, { number: 2, label: 'lesion B' }],
  referencedSeriesInstanceUID: '1.2.3',
  sliceSopInstanceUIDs: sops,
  frameOfReferenceUID: '1.2.3.9',
};
const target = { grid, sliceSopInstanceUIDs: sops };

function imported(bytes: Uint8Array) {
  const r = importSeg(bytes, { target });
  if (!r.ok) throw new Error(r.error);
  const d = decodeLabelmap(r.value.segmentation.labelmap, 48);
  if (!d.ok) throw new Error(d.error);
  return { labels: d.value, skipped: r.value.skipped, segments: r.value.segmentation.segments.map((s) => s.number) };
}

describe('importSeg: Label Map Segmentation Storage (LABELMAP)', () => {
  it.each([[8 as const], [16 as const]])('%i-bit: a voxel belongs to segment n when its label is n', (bits) => {
    const bytes = writeLabelmapSeg({ ...spec, bits });
    const ds = readPart10(bytes);
    expect(ds.ok && [ds.value.SOPClassUID, ds.value.SegmentationType, ds.value.BitsAllocated]).toEqual(['1.2.840.10008.5.1.4.1.1.66.7', 'LABELMAP', bits]);
    const r = imported(bytes);
    expect(r.skipped).toEqual([]);
    expect(r.segments).toEqual([1, 2]);
    expect([...r.labels]).toEqual([...labels]);
    expect(r.labels.filter((v) => v === 1).length).toBe(5);
    expect(r.labels.filter((v) => v === 2).length).toBe(3);
  });

  it('frames in reverse order are placed by their position', () => {
    expect([...imported(writeLabelmapSeg({ ...spec, bits: 8, reverseFrames: true })).labels]).toEqual([...labels]);
  });

  it('a label that is no segment, and a segment with no voxel, are reported', () => {
    const odd = labels.slice();
    odd[40] = 7;
    const r = imported(writeLabelmapSeg({ ...spec, bits: 16, labels: odd, segments: [...spec.segments, { number: 3, label: 'empty' }] }));
    expect(r.labels[40]).toBe(0);
    expect(r.skipped).toEqual([
      { path: 'Label 7', reason: '1 voxels carry a label that is not a segment of this SEG' },
      { path: 'Segment 3', reason: 'no voxels' },
    ]);
  });
});
