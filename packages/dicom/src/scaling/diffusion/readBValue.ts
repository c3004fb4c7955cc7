import type { DataSet } from 'dicom-parser';
import { firstItemOf, numberOf, numbersOf, privateTag, text } from '../dataSetValues';

const at = (tag: string | undefined, read: (tag: string) => number | undefined) => (tag === undefined ? undefined : read(tag));

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
 * then all of them. Private elements are located through their creator (SIEMENS MR HEADER,
 * GEMS_PARM_01, Philips Imaging DD 001), so a tag of another creator is never misread; without any
 * creator element (anonymised data) block 0x10 is assumed. undefined when none is present.
 */
export function readBValue(ds: DataSet): BValue | undefined {
  const std = numberOf(ds, 'x00189087') ?? numberOf(firstItemOf(firstItemOf(ds, 'x52009230'), 'x00189117'), 'x00189087');
  if (std !== undefined) return { bValue: std, source: '(0018,9087) DiffusionBValue' };
  const maker = (text(ds, 'x00080070') ?? '').toUpperCase();
  const readers: [string, string, () => number | undefined][] = [
    ['SIEMENS', '(0019,xx0C) Siemens B_value', () => at(privateTag(ds, '0019', 'SIEMENS MR HEADER', 0x0c), (t) => numberOf(ds, t))],
    ['GE', '(0043,xx39) GE slop_int_6 (mod 1e9)', () => at(privateTag(ds, '0043', 'GEMS_PARM_01', 0x39), (t) => {
      const v = numbersOf(ds, t);
      return v ? geBValue(v[0]) : undefined;
    })],
    ['PHILIPS', '(2001,xx03) Philips diffusion b-factor', () => at(privateTag(ds, '2001', 'PHILIPS IMAGING DD 001', 0x03), (t) => numberOf(ds, t))],
  ];
  const ordered = [...readers.filter(([m]) => maker.includes(m)), ...readers.filter(([m]) => !maker.includes(m))];
  for (const [, source, read] of ordered) {
    const b = read();
    if (b !== undefined && Number.isFinite(b) && b >= 0) return { bValue: b, source };
  }
  return undefined;
}
