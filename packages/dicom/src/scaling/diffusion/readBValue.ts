import type { DataSet } from 'dicom-parser';
import { firstItemOf, numberOf, numbersOf, text } from '../dataSetValues';

export interface BValue {
  /** b-value, s/mm². */
  readonly bValue: number;
  /** Tag it came from, e.g. '(0018,9087) DiffusionBValue' or '(0019,100C) Siemens'. */
  readonly source: string;
}

/** GE multi-b scans add 1e9 to the b-value in (0043,1039) (e.g. "1000000500\8\0\0" = b 500). */
export function geBValue(first: number): number {
  return first >= 1e9 ? first % 1e9 : first;
}

/**
 * The b-value of one diffusion image: standard DiffusionBValue (0018,9087) (top level or in the MR
 * Diffusion Sequence (0018,9117) of a per-frame functional group), else the vendor's private tag —
 * Siemens (0019,100C) (IS text, or binary in some implicit-VR exports), GE (0043,1039) first value
 * modulo 1e9, Philips (2001,1003) FL. Private tags are tried in the manufacturer's order first,
 * then all of them; a private tag is only read when its private creator (gggg,0010) is absent or
 * the vendor's MR block (SIEMENS MR HEADER, GEMS_PARM_01, Philips Imaging DD 001). undefined when none is present.
 */
export function readBValue(ds: DataSet): BValue | undefined {
  const std = numberOf(ds, 'x00189087') ?? numberOf(firstItemOf(firstItemOf(ds, 'x52009230'), 'x00189117'), 'x00189087');
  if (std !== undefined) return { bValue: std, source: '(0018,9087) DiffusionBValue' };
  const maker = (text(ds, 'x00080070') ?? '').toUpperCase();
  // A private element (gggg,10xx) belongs to the creator in (gggg,0010); when that is present it
  // must be the vendor's MR block, so that other private data in the same group is not misread.
  const creator = (group: string, expected: string) => {
    const c = text(ds, `x${group}0010`)?.toUpperCase();
    return c === undefined || c.includes(expected);
  };
  const readers: [string, string, () => number | undefined][] = [
    ['SIEMENS', '(0019,100C) Siemens B_value', () => (creator('0019', 'SIEMENS MR') ? numberOf(ds, 'x0019100c') : undefined)],
    ['GE', '(0043,1039) GE slop_int_6 (mod 1e9)', () => {
      const v = creator('0043', 'GEMS_PARM') ? numbersOf(ds, 'x00431039') : undefined;
      return v ? geBValue(v[0]) : undefined;
    }],
    ['PHILIPS', '(2001,1003) Philips diffusion b-factor', () => (creator('2001', 'PHILIPS IMAGING') ? numberOf(ds, 'x20011003') : undefined)],
  ];
  const ordered = [...readers.filter(([m]) => maker.includes(m)), ...readers.filter(([m]) => !maker.includes(m))];
  for (const [, source, read] of ordered) {
    const b = read();
    if (b !== undefined && Number.isFinite(b) && b >= 0) return { bValue: b, source };
  }
  return undefined;
}
