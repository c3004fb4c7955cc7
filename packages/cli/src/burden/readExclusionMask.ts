import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Geometry, Mask, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { combineInto, toMask } from '../roi/combineMasks';
import { items, readNaturalDataset } from '../roi/dcmjsDataset';
import { readSegMask } from '../roi/readSegMask';
import { resolveMaskFile } from '../roi/resolveMaskFile';
import { readMaskBytes } from '../roi/maskFileBytes';

export interface ExclusionMask {
  readonly source: 'seg' | 'nifti';
  readonly mask: Mask;
  /** SEG: each segment's label (SegmentLabel, else its property type); NIfTI: none. */
  readonly organs: readonly string[];
}

/**
 * A reader's exclusion mask on the PET grid: a DICOM SEG (the union of all its segments) or a
 * NIfTI mask (every non-zero voxel), mapped like `measure`'s mask ROIs (nearest neighbour through
 * the SEG frames' positions or the NIfTI affine, RAS → LPS). Anything else, or a file that cannot
 * be read, is an error naming the file.
 */
export function readExclusionMask(file: string, geometry: Geometry): Result<ExclusionMask, string> {
  const abs = path.resolve(file);
  if (!existsSync(abs)) return err(`unreadable exclusion mask ${file}: no such file`);
  let bytes: Uint8Array;
  try {
    bytes = readMaskBytes(abs);
  } catch (e) {
    return err(`unreadable exclusion mask ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const dicm = bytes.length > 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
  if (!dicm) {
    const m = resolveMaskFile({ type: 'mask', path: abs }, geometry, path.dirname(abs));
    return m.ok ? ok({ source: 'nifti', mask: m.value, organs: [] }) : err(`unreadable exclusion mask ${file}: ${m.error}`);
  }
  let ds;
  try {
    ds = readNaturalDataset(bytes);
  } catch (e) {
    return err(`unreadable exclusion mask ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (String(ds.Modality ?? '') !== 'SEG') return err(`unreadable exclusion mask ${file}: DICOM modality '${String(ds.Modality ?? '')}' is not SEG`);
  const segments = items(ds.SegmentSequence);
  if (segments.length === 0) return err(`unreadable exclusion mask ${file}: SEG has no segments`);
  const acc = new Uint8Array(geometry.dimensions[0] * geometry.dimensions[1] * geometry.dimensions[2]);
  const organs: string[] = [];
  for (const s of segments) {
    const m = readSegMask(ds, geometry, Number(s.SegmentNumber), file);
    if (!m.ok) return err(`unreadable exclusion mask ${m.error}`);
    combineInto(acc, m.value, 'or');
    const type = items(s.SegmentedPropertyTypeCodeSequence)[0]?.CodeMeaning;
    organs.push(String(s.SegmentLabel ?? type ?? `segment ${String(s.SegmentNumber)}`));
  }
  return ok({ source: 'seg', mask: toMask(geometry.dimensions, acc), organs });
}
