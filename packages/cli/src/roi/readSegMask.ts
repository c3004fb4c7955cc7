import type { Geometry, Mask, Result } from '@caliper/core';
import { cross, err, ok } from '@caliper/core';
import { checkMaskLattice, mapMaskByAffine } from '@caliper/engine';
import type { NaturalDataset } from 'dcmjs';
import { combineInto, toMask } from './combineMasks';
import { items, nums } from './dcmjsDataset';

/**
 * DICOM SEG segment → mask on `geometry`. Each frame of segment `segment` (default: the only
 * segment, else 1) is placed in patient space from its own Plane Position and the shared/per-frame
 * orientation and pixel measures, and mapped onto the grid through the engine's nearest-neighbour
 * affine mapping (so SEGs on another grid or orientation work). BINARY (1-bit packed) and
 * FRACTIONAL/8-bit (≥ half of the maximum fraction = inside) pixel data. `onGrid` (radiomics):
 * every frame must lie on the image's voxel lattice and a SEG without `segment` must hold one segment.
 */
export function readSegMask(ds: NaturalDataset, geometry: Geometry, segment: number | undefined, name: string, options: { readonly onGrid?: boolean } = {}): Result<Mask, string> {
  const segs = items(ds.SegmentSequence).map((s) => Number(s.SegmentNumber));
  if (segs.length === 0) return err(`${name}: SEG has no SegmentSequence`);
  if (options.onGrid && segment === undefined && segs.length > 1) return err(`${name}: SEG has ${segs.length} segments (${segs.join(', ')}): give {"type":"mask","path":…,"segment":n} in a roi.json`);
  const want = segment ?? (segs.length === 1 ? segs[0] : 1);
  if (!segs.includes(want)) return err(`${name}: no segment ${want} (has ${segs.join(', ')})`);
  const rows = Number(ds.Rows), cols = Number(ds.Columns);
  const bits = Number(ds.BitsAllocated);
  const frames = items(ds.PerFrameFunctionalGroupsSequence);
  const shared = items(ds.SharedFunctionalGroupsSequence)[0] ?? {};
  const raw = Array.isArray(ds.PixelData) ? ds.PixelData[0] : ds.PixelData;
  if (!raw) return err(`${name}: SEG has no Pixel Data`);
  const px = new Uint8Array(raw as ArrayBuffer);
  const maxFrac = Number(ds.MaximumFractionalValue ?? 255);
  const plane = rows * cols;
  const acc = new Uint8Array(geometry.dimensions[0] * geometry.dimensions[1] * geometry.dimensions[2]);
  const scratch = new Uint8Array(acc.length);
  for (let f = 0; f < frames.length; f++) {
    const fg = frames[f];
    const segNo = Number(items(items(fg.SegmentIdentificationSequence)[0] ? fg.SegmentIdentificationSequence : shared.SegmentIdentificationSequence)[0]?.ReferencedSegmentNumber ?? segs[0]);
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
    for (let p = 0; p < plane; p++) {
      const bit = f * plane + p;
      data[p] = bits === 1 ? (px[bit >> 3] >> (bit & 7)) & 1 : px[bit] >= maxFrac / 2 && px[bit] > 0 ? 1 : 0;
    }
    combineInto(acc, mapMaskByAffine(geometry, { dimensions: [cols, rows, 1], data, affine }, { out: scratch }), 'or');
  }
  return ok(toMask(geometry.dimensions, acc));
}
