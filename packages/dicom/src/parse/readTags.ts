import type { Vec3 } from '@caliper/core';
import type { DataSet } from 'dicom-parser';
import type { Orientation } from '../model/instance';
import { decodeText } from './decodeText';

/** Trimmed string value (decoded with the Specific Character Set), undefined when absent or empty. */
export function str(ds: DataSet, tag: string): string | undefined {
  const s = decodeText(ds, tag);
  if (s === undefined) return undefined;
  const t = s.replace(/\0/g, '').trim();
  return t === '' ? undefined : t;
}

/** All backslash-separated DS/IS values as numbers; undefined if absent or any is not finite. */
export function numbers(ds: DataSet, tag: string): number[] | undefined {
  const s = str(ds, tag);
  if (s === undefined) return undefined;
  const v = s.split('\\').map((x) => Number(x.trim()));
  return v.length > 0 && v.every((x) => Number.isFinite(x)) ? v : undefined;
}

export function num(ds: DataSet, tag: string): number | undefined {
  return numbers(ds, tag)?.[0];
}

/** US value, tolerating a missing element. */
export function us(ds: DataSet, tag: string): number | undefined {
  const el = ds.elements[tag];
  if (!el || el.length < 2) return undefined;
  return ds.uint16(tag);
}

export function vec3(ds: DataSet, tag: string): Vec3 | undefined {
  const v = numbers(ds, tag);
  return v && v.length >= 3 ? [v[0], v[1], v[2]] : undefined;
}

export function orientation(ds: DataSet, tag: string): Orientation | undefined {
  const v = numbers(ds, tag);
  if (!v || v.length < 6) return undefined;
  const r = Math.hypot(v[0], v[1], v[2]);
  const c = Math.hypot(v[3], v[4], v[5]);
  if (r < 1e-6 || c < 1e-6) return undefined;
  return [v[0], v[1], v[2], v[3], v[4], v[5]];
}

export function spacing2(ds: DataSet, tag: string): readonly [number, number] | undefined {
  const v = numbers(ds, tag);
  return v && v.length >= 2 && v[0] > 0 && v[1] > 0 ? [v[0], v[1]] : undefined;
}

/** First item's data set of a sequence, if any. */
export function firstItem(ds: DataSet | undefined, tag: string): DataSet | undefined {
  return ds?.elements[tag]?.items?.[0]?.dataSet;
}
