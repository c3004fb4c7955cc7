import type { DataSet } from 'dicom-parser';
import { decodeText } from '../parse/decodeText';

/** Trimmed string value (first of a multi-value kept whole), undefined when absent/empty. */
export function text(ds: DataSet | undefined, tag: string): string | undefined {
  if (!ds?.elements[tag]) return undefined;
  const s = decodeText(ds, tag);
  if (s === undefined) return undefined;
  const t = s.replace(/\0/g, '').trim();
  return t === '' ? undefined : t;
}

/** Backslash-separated values as trimmed strings. */
export function texts(ds: DataSet | undefined, tag: string): string[] | undefined {
  const s = text(ds, tag);
  return s === undefined ? undefined : s.split('\\').map((x) => x.trim());
}

const isPrintable = (b: Uint8Array, off: number, len: number): boolean => {
  for (let i = off; i < off + len; i++) {
    const c = b[i];
    if (c !== 0 && c !== 0x20 && !(c >= 0x2b && c <= 0x39) && c !== 0x45 && c !== 0x65 && c !== 0x5c) return false;
  }
  return true;
};

/**
 * Numeric values of a tag, whatever its encoding: DS/IS text, or binary FD/FL/SL/UL/SS/US.
 * Private tags in implicit-VR files carry no VR, so binary is recognised from the VR when known,
 * else from the bytes (text when every byte is a digit, sign, dot, exponent, space or backslash).
 */
export function numbersOf(ds: DataSet | undefined, tag: string): number[] | undefined {
  const el = ds?.elements[tag];
  if (!ds || !el || el.length === 0) return undefined;
  const vr = el.vr;
  const binary: Record<string, [number, (i: number) => number | undefined]> = {
    FD: [8, (i) => ds.double(tag, i)],
    FL: [4, (i) => ds.float(tag, i)],
    SL: [4, (i) => ds.int32(tag, i)],
    UL: [4, (i) => ds.uint32(tag, i)],
    SS: [2, (i) => ds.int16(tag, i)],
    US: [2, (i) => ds.uint16(tag, i)],
  };
  let kind: string | undefined = vr && binary[vr] ? vr : undefined;
  if (!vr || vr === 'UN' || vr === 'OB') {
    if (!isPrintable(ds.byteArray, el.dataOffset, el.length)) kind = el.length % 8 === 0 ? 'FD' : el.length % 4 === 0 ? 'FL' : undefined;
  }
  if (kind) {
    const [size, read] = binary[kind];
    const out: number[] = [];
    for (let i = 0; i < el.length / size; i++) {
      const v = read(i);
      if (v !== undefined && Number.isFinite(v)) out.push(v);
    }
    return out.length ? out : undefined;
  }
  const s = text(ds, tag);
  if (s === undefined) return undefined;
  const v = s.split('\\').map((x) => Number(x.trim()));
  return v.length > 0 && v.every((x) => Number.isFinite(x)) ? v : undefined;
}

export function numberOf(ds: DataSet | undefined, tag: string): number | undefined {
  return numbersOf(ds, tag)?.[0];
}

/** First item of a sequence. */
export function firstItemOf(ds: DataSet | undefined, tag: string): DataSet | undefined {
  return ds?.elements[tag]?.items?.[0]?.dataSet;
}

/**
 * Tag key ('xggggbbee') of private element `element` (0x00-0xFF) of the block reserved by a private
 * creator containing `creator` (case-insensitive) in `group` (PS3.5 §7.8.1). When the group has no
 * creator elements at all (anonymised or synthetic data), the conventional block 0x10 is assumed;
 * when it has creators but none matches, undefined (the element belongs to someone else).
 */
export function privateTag(ds: DataSet | undefined, group: string, creator: string, element: number): string | undefined {
  if (!ds) return undefined;
  const want = creator.toUpperCase();
  let anyCreator = false;
  for (let block = 0x10; block <= 0xff; block++) {
    const c = text(ds, `x${group}00${block.toString(16).padStart(2, '0')}`);
    if (c === undefined) continue;
    anyCreator = true;
    if (c.toUpperCase().includes(want)) return `x${group}${block.toString(16).padStart(2, '0')}${element.toString(16).padStart(2, '0')}`;
  }
  return anyCreator ? undefined : `x${group}10${element.toString(16).padStart(2, '0')}`;
}
