import type { Geometry, Result } from '@caliper/core';
import { cross, err, ok } from '@caliper/core';
import { cropMask, mapMaskByAffine } from '@caliper/engine';
import type { CroppedMask } from '@caliper/engine';
import { readPart10 } from '@caliper/report/dicom/part10';
import { codeOf, num, numbers, seq, str } from '@caliper/report/sr/readContent';
import { decodeSegFrame, segFramesIn, segPixelEncoding, segPixelValue, segWriterOf, unitFractionMask } from '@caliper/report/seg/segPixels';

export interface ExclusionSeg {
  /** Union of every segment on the PET grid; null when the SEG sets no voxel of it. */
  readonly mask: CroppedMask | null;
  /** Each segment's label (SegmentLabel, else its property type). */
  readonly organs: readonly string[];
}

/**
 * A DICOM SEG as the burden's exclusion (issue 14 step 2, as `caliper burden --exclude seg.dcm`):
 * the union of all its segments, each frame placed by its own position, orientation and pixel
 * spacing and mapped onto the PET grid nearest-neighbour (engine mapMaskByAffine), so a SEG drawn
 * on the CT grid works. BINARY, FRACTIONAL (≥ half the maximum) and LABELMAP SEGs are read by the
 * report package's SEG pixel code. With `frameOfReferenceUID` (the PET's), a SEG in another frame
 * is refused: its coordinates would not be the PET's. Errors say what is wrong (the caller adds the file name).
 */
export function readExclusionSeg(bytes: Uint8Array, geometry: Geometry, options: { readonly frameOfReferenceUID?: string } = {}): Result<ExclusionSeg> {
  const parsed = readPart10(bytes);
  if (!parsed.ok) return parsed;
  const ds = parsed.value;
  if (str(ds.Modality) !== 'SEG') return err(`DICOM modality '${str(ds.Modality) ?? ''}' is not SEG`);
  const frame = str(ds.FrameOfReferenceUID);
  if (options.frameOfReferenceUID && frame && frame !== options.frameOfReferenceUID) return err(`the SEG is in frame of reference ${frame}, the PET in ${options.frameOfReferenceUID}`);
  const enc = segPixelEncoding({ sopClassUID: str(ds.SOPClassUID), segmentationType: str(ds.SegmentationType)?.trim(), bitsAllocated: num(ds.BitsAllocated), maxFraction: num(ds.MaximumFractionalValue) });
  if (!enc.ok) return enc;
  const segments = seq(ds.SegmentSequence);
  if (segments.length === 0) return err('the SEG has no segments');
  const organs = segments.map((s) => str(s.SegmentLabel) ?? codeOf(s.SegmentedPropertyTypeCodeSequence)?.meaning ?? `segment ${num(s.SegmentNumber) ?? '?'}`);
  const rows = num(ds.Rows) ?? 0, cols = num(ds.Columns) ?? 0, plane = rows * cols;
  const frames = seq(ds.PerFrameFunctionalGroupsSequence);
  const shared = seq(ds.SharedFunctionalGroupsSequence)[0] ?? {};
  const raw = seq(ds.PixelData)[0] as unknown;
  const px = raw instanceof ArrayBuffer ? new Uint8Array(raw) : ArrayBuffer.isView(raw) ? new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) : undefined;
  if (!px || plane === 0) return err('the SEG has no pixel data');
  // A binary mask written as 0/1 fractions (dcmjs's Cornerstone export) is read as its writer meant.
  const encoding = unitFractionMask(enc.value, px, segWriterOf(ds)).enc;
  if (segFramesIn(encoding, px.length, plane) < frames.length) return err(`the pixel data holds fewer than its ${frames.length} frames (truncated or compressed)`);
  const n = geometry.dimensions[0] * geometry.dimensions[1] * geometry.dimensions[2];
  const acc = new Uint8Array(n), scratch = new Uint8Array(n), pixels = new Uint8Array(plane);
  const lo = [Infinity, Infinity, Infinity], hi = [-1, -1, -1];
  for (let f = 0; f < frames.length; f++) {
    const pick = (k: string) => seq(frames[f][k])[0] ?? seq(shared[k])[0];
    const ipp = numbers(pick('PlanePositionSequence')?.ImagePositionPatient);
    const iop = numbers(pick('PlaneOrientationSequence')?.ImageOrientationPatient);
    const pm = pick('PixelMeasuresSequence');
    const ps = numbers(pm?.PixelSpacing);
    if (ipp.length < 3 || iop.length < 6 || ps.length < 2) return err(`frame ${f + 1} lacks its position, orientation or pixel spacing`);
    // Every segment counts: a label map frame's labels > 0, a binary frame's set bits.
    if (encoding.kind === 'LABELMAP') {
      let set = 0;
      for (let p = 0; p < plane; p++) set += pixels[p] = segPixelValue(px, encoding, f, plane, p) > 0 ? 1 : 0;
      if (set === 0) continue;
    } else if (decodeSegFrame(px, encoding, f, plane, 0, pixels) === 0) continue;
    const thick = num(pm?.SpacingBetweenSlices) ?? num(pm?.SliceThickness) ?? geometry.spacing[2];
    const r = [iop[0], iop[1], iop[2]] as const, c = [iop[3], iop[4], iop[5]] as const, nrm = cross(r, c);
    const affine = [
      r[0] * ps[1], c[0] * ps[0], nrm[0] * thick, ipp[0],
      r[1] * ps[1], c[1] * ps[0], nrm[1] * thick, ipp[1],
      r[2] * ps[1], c[2] * ps[0], nrm[2] * thick, ipp[2],
      0, 0, 0, 1,
    ];
    const m = mapMaskByAffine(geometry, { dimensions: [cols, rows, 1], data: pixels, affine }, { out: scratch, outIsZeroed: true });
    const b = m.bbox;
    if (!b) continue;
    for (let d = 0; d < 3; d++) {
      lo[d] = Math.min(lo[d], b[0][d]);
      hi[d] = Math.max(hi[d], b[1][d]);
    }
    // Union, then clear only what this frame wrote (the scratch stays zeroed: no grid-sized memset per frame).
    const [ni, nj] = geometry.dimensions;
    for (let k = b[0][2]; k <= b[1][2]; k++)
      for (let j = b[0][1]; j <= b[1][1]; j++)
        for (let p = (k * nj + j) * ni + b[0][0], e = p + b[1][0] - b[0][0]; p <= e; p++)
          if (scratch[p]) {
            acc[p] = 1;
            scratch[p] = 0;
          }
  }
  if (hi[0] < 0) return ok({ mask: null, organs });
  return ok({ mask: cropMask({ dimensions: geometry.dimensions, data: acc, bbox: [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]] }), organs });
}
