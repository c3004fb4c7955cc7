import type { Geometry, Mask, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { MaskRoiSpec } from '@caliper/engine';
import { checkMaskLattice, mapMaskByAffine } from '@caliper/engine';
import { readNaturalDataset } from './dcmjsDataset';
import { findMaskFile, readMaskBytes } from './maskFileBytes';
import { readNiftiMask } from './readNiftiMask';
import { readRtstructMask } from './readRtstructMask';
import { readSegMask } from './readSegMask';

const isNifti = (p: string, b: Uint8Array): boolean =>
  /\.nii(\.gz)?$/i.test(p) || (b[0] === 0x1f && b[1] === 0x8b) || (b.length > 348 && (b[344] === 0x6e && b[345] === 0x2b || b[344] === 0x6e && b[345] === 0x69));

export interface ResolveMaskFileOptions {
  /** Radiomics: a voxel mask (NIfTI, SEG) must lie on the image's voxel lattice (else
   *  `mask is not on the image grid: …`, never resampled), and a SEG without `segment` must hold one segment. */
  readonly onGrid?: boolean;
}

/**
 * Resolves a `{"type":"mask"}` ROI to a mask on `geometry`: NIfTI (label = `segment` when given,
 * else any non-zero, mapped through its affine), DICOM SEG (`segment`) or RTSTRUCT (`roiName`).
 * Relative paths are taken from `baseDir` (the roi.json folder), then the working directory.
 */
export function resolveMaskFile(spec: MaskRoiSpec, geometry: Geometry, baseDir: string, options: ResolveMaskFileOptions = {}): Result<Mask, string> {
  const file = findMaskFile(spec, baseDir);
  if (!file) return err(`mask file not found: ${spec.path}`);
  let bytes: Uint8Array;
  try {
    bytes = readMaskBytes(file);
  } catch (e) {
    return err(`cannot read mask file ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (isNifti(file, bytes)) {
    const src = readNiftiMask(bytes, file);
    if (!src.ok) return src;
    const off = options.onGrid ? checkMaskLattice(geometry, src.value.affine) : null;
    if (off) return err(`mask is not on the image grid: ${off}`);
    const m = mapMaskByAffine(geometry, src.value, spec.segment === undefined ? {} : { label: spec.segment });
    return m.bbox ? ok(m) : err(`${file}: the NIfTI mask does not overlap the image volume`);
  }
  let ds;
  try {
    ds = readNaturalDataset(bytes);
  } catch (e) {
    return err(`${file}: neither NIfTI nor readable DICOM (${e instanceof Error ? e.message : String(e)})`);
  }
  const modality = String(ds.Modality ?? '');
  if (modality === 'SEG') return readSegMask(ds, geometry, spec.segment, file, options);
  if (modality === 'RTSTRUCT') return readRtstructMask(ds, geometry, spec.roiName, file);
  return err(`${file}: DICOM modality '${modality}' is not a mask (expected SEG or RTSTRUCT)`);
}
