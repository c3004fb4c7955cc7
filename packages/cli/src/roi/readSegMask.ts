import type { Geometry, Mask, Result } from '@caliper/core';
import { cross, err, ok } from '@caliper/core';
import { checkMaskLattice, mapMaskByAffine } from '@caliper/engine';
import type { NaturalDataset } from 'dcmjs';
import { decodeSegFrame, segFramesIn, segPixelEncoding, segWriterOf, unitFractionMask } from '@caliper/report/seg/segPixels';
import { combineInto, toMask } from './combineMasks';
import { items, nums } from './dcmjsDataset';

/**
 * DICOM SEG segment → mask on `geometry`. Each frame of segment `segment` (default: the only
 * segment, else 1) is placed in patient space from its own Plane Position and the shared/per-frame
 * orientation and pixel measures, and mapped onto the grid through the engine's nearest-neighbour
 * affine mapping (so SEGs on another grid or orientation work). BINARY (1-bit packed),
 * FRACTIONAL/8-bit (≥ half of the maximum fraction = inside) and LABELMAP (Label Map Segmentation
 * Storage, 8/16-bit: label = segment number; every frame holds every segment). `onGrid` (radiomics):
 * every frame must lie on the image's voxel lattice and a SEG without `segment` must hold one segment.
 */
export function readSegMask(ds: NaturalDataset, geometry: Geometry, segment: number | undefined, name: string, options: { readonly onGrid?: boolean } = {}): Result<Mask, string> {
  const segs = items(ds.SegmentSequence).map((s) => Number(s.SegmentNumber));
  if (segs.length === 0) return err(`${name}: SEG has no SegmentSequence`);
  if (options.onGrid && segment === undefined && segs.length > 1) return err(`${name}: SEG has ${segs.length} segments (${segs.join(', ')}): give {"type":"mask","path":…,"segment":n} in a roi.json`);
  const want = segment ?? (segs.length === 1 ? segs[0] : 1);
  if (!segs.includes(want)) return err(`${name}: no segment ${want} (has ${segs.join(', ')})`);
  const rows = Number(ds.Rows), cols = Number(ds.Columns);
  const optNum = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : Number(v));
  const enc = segPixelEncoding({
    sopClassUID: ds.SOPClassUID === undefined ? undefined : String(ds.SOPClassUID),
    segmentationType: ds.SegmentationType === undefined ? undefined : String(ds.SegmentationType).trim(),
    bitsAllocated: optNum(ds.BitsAllocated),
    maxFraction: optNum(ds.MaximumFractionalValue),
  });
  if (!enc.ok) return err(`${name}: ${enc.error}`);
  const labelmap = enc.value.kind === 'LABELMAP';
  const frames = items(ds.PerFrameFunctionalGroupsSequence);
  const shared = items(ds.SharedFunctionalGroupsSequence)[0] ?? {};
  const raw = Array.isArray(ds.PixelData) ? ds.PixelData[0] : ds.PixelData;
  if (!raw) return err(`${name}: SEG has no Pixel Data`);
  const px = ArrayBuffer.isView(raw) ? new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) : new Uint8Array(raw as ArrayBuffer);
  const plane = rows * cols;
  // A binary mask written as 0/1 fractions (dcmjs's Cornerstone export) is read as its writer meant;
  // the note goes to stderr so a scripted run sees how the SEG was read (stdout stays JSON).
  const unit = unitFractionMask(enc.value, px, segWriterOf(ds));
  if (unit.note) process.stderr.write(`${name}: ${unit.note}\n`);
  const encoding = unit.enc;
  const inData = segFramesIn(encoding, px.length, plane);
  if (inData < frames.length) return err(`${name}: Pixel Data holds ${inData} of ${frames.length} frames (truncated, or compressed pixel data)`);
  const acc = new Uint8Array(geometry.dimensions[0] * geometry.dimensions[1] * geometry.dimensions[2]);
  const scratch = new Uint8Array(acc.length);
  for (let f = 0; f < frames.length; f++) {
    const fg = frames[f];
    // A label map frame holds every segment; other SEG frames hold the one they identify.
    const segNo = labelmap ? want : Number(items(items(fg.SegmentIdentificationSequence)[0] ? fg.SegmentIdentificationSequence : shared.SegmentIdentificationSequence)[0]?.ReferencedSegmentNumber ?? segs[0]);
    if (segNo !== want) continue;
    const pick = (k: string) => items(fg[k])[0] ?? items(shared[k])[0];
    const ipp = nums(pick('PlanePositionSequence')?.ImagePositionPatient);
    const iop = nums(pick('PlaneOrientationSequence')?.ImageOrientationPatient);
    const pm = pick('PixelMeasuresSequence');
    const ps = nums(pm?.PixelSpacing);
    if (ipp.length < 3 || iop.length < 6 || ps.length < 2) return err(`${name}: frame ${f + 1} lacks position, orientation or pixel spacing`);
    const thick = Number(pm?.SpacingBetweenSlices ?? pm?.SliceThickness ?? geometry.spacing[2]) || geometry.spacing[2];
    const r: [number, number, number] = [iop[0], iop[1], iop[2]], c: [number, number, number] = [iop[3], iop[4], iop[5]];
    const n = cross(r, c);
    // voxel (i=column, j=row, k=0) → LPS; k spans the slab thickness.
    const affine = [
      r[0] * ps[1], c[0] * ps[0], n[0] * thick, ipp[0],
      r[1] * ps[1], c[1] * ps[0], n[1] * thick, ipp[1],
      r[2] * ps[1], c[2] * ps[0], n[2] * thick, ipp[2],
      0, 0, 0, 1,
    ];
    const off = options.onGrid ? checkMaskLattice(geometry, affine, { planar: true }) : null;
    if (off) return err(`mask is not on the image grid: ${off}`);
    const data = new Uint8Array(plane);
    if (decodeSegFrame(px, encoding, f, plane, want, data) === 0 && labelmap) continue;
    combineInto(acc, mapMaskByAffine(geometry, { dimensions: [cols, rows, 1], data, affine }, { out: scratch }), 'or');
  }
  return ok(toMask(geometry.dimensions, acc));
}
