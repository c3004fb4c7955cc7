import { describe, expect, it } from 'vitest';
import dcmjs from 'dcmjs';
import { transcodeToNative } from '@caliper/dicom';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import { decodeLabelmap, importSeg } from '@caliper/report';
import type { Grid } from '@caliper/report/model/schema';

// A SEG written by dcmjs's Cornerstone (cornerstoneTools 4 / OHIF v2) Segmentation adapter, the
// writer behind OHIF's "Export SEG" before Cornerstone3D. By default it RLE-encodes the frames as an
// 8-bit FRACTIONAL (PROBABILITY) SEG; with rleEncode false it writes a bit-packed BINARY SEG.
const ROWS = 20, COLS = 27, SLICES = 6; // 540 pixels: frames are byte-aligned only by chance, not here (540 % 8 = 4)
const SERIES = '1.2.826.0.1.3680043.10.77.1', FOR = '1.2.826.0.1.3680043.10.77.9';
const sop = (k: number) => `${SERIES}.${k + 1}`;
const grid: Grid = { dimensions: [COLS, ROWS, SLICES], origin: [-10, -8, 40], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [0.7, 0.7, 3] };
const plane = ROWS * COLS;

// Images in the order dcmjs's Normalizer sorts a stack (descending along the slice normal), as
// OHIF v2 held them: labelmaps2D[i] belongs to images[i].
const order = Array.from({ length: SLICES }, (_, i) => SLICES - 1 - i);
const images = order.map((k) => {
  const bytes = writeSlice({
    sop: sop(k), series: SERIES, rows: ROWS, columns: COLS, pixels: new Int16Array(plane).fill(40), ipp: [-10, -8, 40 + 3 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [0.7, 0.7], instanceNumber: k + 1,
    extra: [{ tag: 0x00200052, vr: 'UI', value: FOR }, { tag: 0x00180050, vr: 'DS', value: '3' }],
  });
  return { imageId: `wadouri:slice${k}`, data: { byteArray: { buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } } };
});

// Segment 1: a 5×4 block on slices 1–3; segment 2: an L shape on slice 4 (labels never overlap).
const truth = new Uint8Array(plane * SLICES);
for (let k = 1; k <= 3; k++) for (let j = 3; j < 7; j++) for (let i = 4; i < 9; i++) truth[k * plane + j * COLS + i] = 1;
for (let i = 10; i < 20; i++) truth[4 * plane + 12 * COLS + i] = 2;
for (let j = 5; j < 12; j++) truth[4 * plane + j * COLS + 10] = 2;

const code = (CodeValue: string, CodingSchemeDesignator: string, CodeMeaning: string) => ({ CodeValue, CodingSchemeDesignator, CodeMeaning });
const segmentMeta = (n: number, label: string) => ({
  SegmentNumber: n, SegmentLabel: label, SegmentAlgorithmType: 'MANUAL', RecommendedDisplayCIELabValue: [43803, 47063, 34696],
  SegmentedPropertyCategoryCodeSequence: code('49755003', 'SCT', 'Morphologically Altered Structure'),
  SegmentedPropertyTypeCodeSequence: code('4147007', 'SCT', 'Mass'),
});
const labelmap3D = {
  metadata: [undefined, segmentMeta(1, 'block'), segmentMeta(2, 'L shape')],
  labelmaps2D: order.map((k) => {
    const pixelData = Uint16Array.from(truth.subarray(k * plane, (k + 1) * plane));
    const on = [...new Set(pixelData)].filter((v) => v !== 0);
    return on.length ? { pixelData, segmentsOnLabelmap: [0, ...on] } : undefined;
  }),
};

async function cornerstoneSeg(rleEncode: boolean): Promise<Uint8Array> {
  const blob = dcmjs.adapters.Cornerstone.Segmentation.generateSegmentation(images, labelmap3D, { rleEncode }) as Blob;
  return new Uint8Array(await blob.arrayBuffer());
}

async function imported(bytes: Uint8Array) {
  const native = await transcodeToNative(bytes, 'cornerstone-seg.dcm');
  if (!native.ok) throw new Error(native.error.reason);
  const r = importSeg(native.value, { target: { grid, sliceSopInstanceUIDs: Array.from({ length: SLICES }, (_, k) => sop(k)) } });
  if (!r.ok) throw new Error(r.error);
  const d = decodeLabelmap(r.value.segmentation.labelmap, plane * SLICES);
  if (!d.ok) throw new Error(d.error);
  return { labels: d.value, skipped: r.value.skipped, segments: r.value.segmentation.segments.map((s) => [s.number, s.label]) };
}

describe('DICOM SEG written by dcmjs / Cornerstone (OHIF v2)', () => {
  it.each([[true, 'RLE-compressed FRACTIONAL (the default)'], [false, 'bit-packed BINARY']])('rleEncode %s (%s): every voxel as the writer meant', async (rle) => {
    const bytes = await cornerstoneSeg(rle);
    const ts = new TextDecoder('latin1').decode(bytes.subarray(0, 400));
    expect(ts.includes('1.2.840.10008.1.2.5')).toBe(rle);
    const r = await imported(bytes);
    expect(r.segments).toEqual([[1, 'block'], [2, 'L shape']]);
    // The RLE variant declares FRACTIONAL (maximum 255) but stores 0/1: read as a binary mask, and said so.
    expect(r.skipped).toEqual(rle ? [{ path: 'PixelData', reason: expect.stringContaining('read as a binary mask') }] : []);
    expect(Array.from(r.labels)).toEqual(Array.from(truth));
  });
});
