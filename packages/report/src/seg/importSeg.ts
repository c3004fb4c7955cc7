import type { NaturalDataset } from 'dcmjs';
import type { Geometry, Result } from '@caliper/core';
import { asPatient, err, ok, patientToVoxel } from '@caliper/core';
import { readPart10 } from '../dicom/part10';
import type { Grid, Segment, Segmentation } from '../model/schema';
import type { Skip } from '../sr/parseMeasurement';
import { codeOf, num, numbers, seq, str } from '../sr/readContent';
import { dicomLabToSrgb } from './color';
import { createRleBuilder } from './encodeLabelmap';
import { segFramesIn, segPixelEncoding, segPixelValue, segWriterOf, unitFractionMask } from './segPixels';

/** The referenced series' voxel grid, as loaded by the viewer; frames are placed on it by position. */
export interface SegTarget {
  readonly grid: Grid;
  /** SOP instance UID of each slice k of `grid`. */
  readonly sliceSopInstanceUIDs: readonly string[];
}

export interface ImportSegOptions {
  /** The grid, or a lookup of the grid by the SEG's referenced SeriesInstanceUID. */
  readonly target: SegTarget | ((referencedSeriesInstanceUID: string) => SegTarget | undefined);
  /** Largest distance of a frame from a grid plane, in voxels (default 0.05). */
  readonly tolerance?: number;
}

export interface ImportedSeg {
  /** The segmentation; its id is the SEG SOP Instance UID. */
  readonly segmentation: Segmentation;
  readonly sopInstanceUID: string;
  readonly seriesInstanceUID: string;
  /** Frames or segments not imported, with the reason. */
  readonly skipped: Skip[];
}

/**
 * DICOM SEG → labelmap segmentation on the referenced series' grid: Segmentation Storage (BINARY,
 * or FRACTIONAL with a voxel inside when its fraction ≥ 0.5) and Label Map Segmentation Storage
 * (LABELMAP, 8/16-bit: a voxel belongs to segment n when its label is n).
 */
export function importSeg(bytes: Uint8Array, options: ImportSegOptions): Result<ImportedSeg> {
  const parsed = readPart10(bytes);
  if (!parsed.ok) return parsed;
  const ds = parsed.value;
  const enc = segPixelEncoding({ sopClassUID: str(ds.SOPClassUID) ?? 'missing', segmentationType: str(ds.SegmentationType), bitsAllocated: num(ds.BitsAllocated), maxFraction: num(ds.MaximumFractionalValue) });
  if (!enc.ok) return enc;
  const labelmap = enc.value.kind === 'LABELMAP';
  const refSeries = seq(ds.ReferencedSeriesSequence)[0];
  const refSeriesUID = str(refSeries?.SeriesInstanceUID);
  if (refSeriesUID === undefined) return err('SEG has no ReferencedSeriesSequence: its source series is unknown');
  const target = typeof options.target === 'function' ? options.target(refSeriesUID) : options.target;
  if (target === undefined) return err(`the SEG's source series ${refSeriesUID} is not loaded`);
  const { grid, sliceSopInstanceUIDs } = target;
  const [ni, nj, nk] = grid.dimensions;
  const tol = options.tolerance ?? 0.05;
  const rows = num(ds.Rows), cols = num(ds.Columns), nFrames = num(ds.NumberOfFrames) ?? 1;
  if (rows !== nj || cols !== ni) return err(`SEG frames are ${cols}×${rows}, referenced grid is ${ni}×${nj}`);
  const shared = seq(ds.SharedFunctionalGroupsSequence)[0] ?? {};
  const perFrame = seq(ds.PerFrameFunctionalGroupsSequence);
  const orientation = numbers(seq(shared.PlaneOrientationSequence)[0]?.ImageOrientationPatient ?? seq(perFrame[0]?.PlaneOrientationSequence)[0]?.ImageOrientationPatient);
  if (orientation.length !== 6) return err('SEG has no ImageOrientationPatient');
  if (!sameOrientation(orientation, grid)) return err('SEG plane orientation differs from the referenced grid');
  const frameOfReferenceUID = str(ds.FrameOfReferenceUID);
  if (frameOfReferenceUID === undefined) return err('SEG has no FrameOfReferenceUID');

  const pixelBuffer = seq(ds.PixelData)[0] as unknown;
  const pixels = pixelBuffer instanceof ArrayBuffer ? new Uint8Array(pixelBuffer) : ArrayBuffer.isView(pixelBuffer) ? new Uint8Array(pixelBuffer.buffer, pixelBuffer.byteOffset, pixelBuffer.byteLength) : undefined;
  if (pixels === undefined) return err('SEG has no pixel data');
  const plane = ni * nj;
  const skipped: Skip[] = [];
  const unit = unitFractionMask(enc.value, pixels, segWriterOf(ds));
  if (unit.note) skipped.push({ path: 'PixelData', reason: unit.note });
  const encoding = unit.enc;
  const framesInData = segFramesIn(encoding, pixels.length, plane);
  if (framesInData < nFrames) skipped.push({ path: 'PixelData', reason: `holds ${framesInData} of ${nFrames} frames; frames ${framesInData + 1}..${nFrames} missing` });

  const segments: Segment[] = [];
  for (const s of seq(ds.SegmentSequence)) {
    const number = num(s.SegmentNumber);
    const category = codeOf(s.SegmentedPropertyCategoryCodeSequence), typeCode = codeOf(s.SegmentedPropertyTypeCodeSequence);
    if (number === undefined || number < 1 || number > 255) { skipped.push({ path: `Segment ${number ?? '?'}`, reason: 'segment number outside 1..255' }); continue; }
    if (category === undefined || typeCode === undefined) { skipped.push({ path: `Segment ${number}`, reason: 'missing category or type code' }); continue; }
    const lab = numbers(s.RecommendedDisplayCIELabValue);
    const alg = str(s.SegmentAlgorithmType);
    segments.push({
      // SegmentLabel is LO (64 characters); a longer one from another writer is cut, not a failed import.
      number, label: firstChars(str(s.SegmentLabel) || `Segment ${number}`, 64),
      category: trimCode(category), type: trimCode(typeCode),
      algorithmType: alg === 'AUTOMATIC' || alg === 'SEMIAUTOMATIC' ? alg : 'MANUAL',
      ...(str(s.SegmentAlgorithmName) !== undefined ? { algorithmName: str(s.SegmentAlgorithmName)! } : {}),
      color: lab.length === 3 ? dicomLabToSrgb(lab) : [255, 0, 0],
    });
  }
  const known = new Set(segments.map((s) => s.number));
  const geometry: Geometry = { ...grid, origin: asPatient(grid.origin) };
  const placed: { f: number; k: number; segment: number }[] = [];
  const framesPerSegment = new Map<number, number>();
  for (let f = 0; f < Math.min(nFrames, framesInData); f++) {
    const fg: NaturalDataset = perFrame[f] ?? {};
    const segNum = num(seq(fg.SegmentIdentificationSequence)[0]?.ReferencedSegmentNumber ?? seq(shared.SegmentIdentificationSequence)[0]?.ReferencedSegmentNumber);
    const ipp = numbers(seq(fg.PlanePositionSequence)[0]?.ImagePositionPatient);
    const path = `Frame ${f + 1}`;
    // A label map frame holds every segment (segment 0 here = "all"); others name theirs.
    if (!labelmap && (segNum === undefined || !known.has(segNum))) { skipped.push({ path, reason: `references unknown segment ${segNum ?? '(none)'}` }); continue; }
    if (ipp.length !== 3) { skipped.push({ path, reason: 'no ImagePositionPatient' }); continue; }
    const [i, j, kf] = patientToVoxel(geometry, asPatient(ipp));
    const k = Math.round(kf);
    if (Math.abs(i) > tol || Math.abs(j) > tol || Math.abs(kf - k) > tol || k < 0 || k >= nk) { skipped.push({ path, reason: `position (${ipp.map((v) => v.toFixed(2)).join(', ')}) is not a slice of the referenced grid` }); continue; }
    const src = str(seq(seq(fg.DerivationImageSequence)[0]?.SourceImageSequence)[0]?.ReferencedSOPInstanceUID);
    if (src !== undefined && src !== sliceSopInstanceUIDs[k]) skipped.push({ path, reason: `source image ${src} is not the slice at its position (${sliceSopInstanceUIDs[k]}); placed by position` });
    placed.push({ f, k, segment: labelmap ? 0 : segNum! });
    if (!labelmap) framesPerSegment.set(segNum!, (framesPerSegment.get(segNum!) ?? 0) + 1);
  }
  // Build the RLE slice by slice: only slices with frames are decoded, into one reused buffer.
  placed.sort((x, y) => x.k - y.k || x.f - y.f);
  const rle = createRleBuilder();
  const slice = new Uint8Array(plane);
  const unknownLabels = new Map<number, number>();
  let overlaps = 0;
  let next = 0;
  for (let k = 0; k < nk; k++) {
    if (next >= placed.length || placed[next].k !== k) {
      rle.pushRun(0, plane);
      continue;
    }
    slice.fill(0);
    for (; next < placed.length && placed[next].k === k; next++) {
      const { f, segment } = placed[next];
      const set = (p: number) => {
        if (slice[p] !== 0 && slice[p] !== segment) overlaps++;
        slice[p] = segment;
      };
      if (encoding.kind === 'LABELMAP') {
        for (let p = 0; p < plane; p++) {
          const v = segPixelValue(pixels, encoding, f, plane, p);
          if (v === 0) continue;
          if (!known.has(v)) { unknownLabels.set(v, (unknownLabels.get(v) ?? 0) + 1); continue; }
          if (slice[p] !== 0 && slice[p] !== v) overlaps++;
          slice[p] = v;
          framesPerSegment.set(v, 1);
        }
      } else if (encoding.kind === 'BINARY') {
        // Walk the frame's bytes, skipping empty ones: cost ∝ plane / 8 + set pixels.
        const first = f * plane, end = first + plane;
        for (let byte = first >> 3, last = (end - 1) >> 3; byte <= last; byte++) {
          const b = pixels[byte];
          if (b === 0) continue;
          for (let bit = 0; bit < 8; bit++) {
            const g = byte * 8 + bit;
            if ((b >> bit) & 1 && g >= first && g < end) set(g - first);
          }
        }
      } else {
        const max = encoding.maxFraction;
        for (let p = 0; p < plane; p++) if (pixels[f * plane + p] * 2 >= max) set(p);
      }
    }
    rle.pushLabels(slice);
  }
  if (overlaps > 0) skipped.push({ path: 'labelmap', reason: `${overlaps} voxels belong to more than one segment; the higher frame's segment was kept` });
  for (const [v, count] of unknownLabels) skipped.push({ path: `Label ${v}`, reason: `${count} voxels carry a label that is not a segment of this SEG` });
  for (const s of segments) if (!framesPerSegment.has(s.number)) skipped.push({ path: `Segment ${s.number}`, reason: labelmap ? 'no voxels' : 'no frames' });

  const sopInstanceUID = str(ds.SOPInstanceUID) ?? '';
  const sourceClass = str(seq(refSeries?.ReferencedInstanceSequence)[0]?.ReferencedSOPClassUID) ?? '1.2.840.10008.5.1.4.1.1.2';
  const segmentation: Segmentation = {
    id: sopInstanceUID,
    label: str(ds.SeriesDescription) ?? str(ds.ContentDescription) ?? 'Segmentation',
    reference: { seriesInstanceUID: refSeriesUID, sopClassUID: sourceClass, sopInstanceUIDs: [...sliceSopInstanceUIDs], frameOfReferenceUID },
    frameOfReferenceUID,
    grid,
    sliceSopInstanceUIDs: [...sliceSopInstanceUIDs],
    segments,
    labelmap: rle.finish(),
  };
  return ok({ segmentation, sopInstanceUID, seriesInstanceUID: str(ds.SeriesInstanceUID) ?? '', skipped });
}

function sameOrientation(iop: readonly number[], g: Grid): boolean {
  const d = [...g.rowDirection, ...g.columnDirection];
  return iop.every((v, a) => Math.abs(v - d[a]) < 1e-4);
}

/** The first n code points of s (a surrogate pair is never split). */
const firstChars = (s: string, n: number): string => Array.from(s).slice(0, n).join('');
const trimCode = (c: { value: string; scheme: string; meaning: string }) => ({ value: c.value.slice(0, 16), scheme: c.scheme.slice(0, 16), meaning: (c.meaning || c.value).slice(0, 64) });
