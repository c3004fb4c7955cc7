import type { NaturalDataset } from 'dcmjs';
import type { Code } from '../dicom/codes';
import { sameCode } from '../dicom/codes';

/** Readers over naturalized dcmjs SR content items; tolerant of what other writers produce. */
export function seq(v: unknown): NaturalDataset[] {
  if (Array.isArray(v)) return v as NaturalDataset[];
  return v !== null && typeof v === 'object' ? [v as NaturalDataset] : [];
}

export function codeOf(v: unknown): Code | undefined {
  const c = seq(v)[0];
  if (c === undefined) return undefined;
  const value = str(c.CodeValue) ?? str(c.LongCodeValue) ?? str(c.URNCodeValue);
  const scheme = str(c.CodingSchemeDesignator) ?? '';
  if (value === undefined) return undefined;
  return { value, scheme, meaning: str(c.CodeMeaning) ?? '' };
}

export function str(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.length > 0 ? str(v[0]) : undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object' && 'Alphabetic' in v) return String((v as { Alphabetic: unknown }).Alphabetic);
  return undefined;
}

export function num(v: unknown): number | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  if (typeof x === 'number') return x;
  if (typeof x === 'string' && x.trim() !== '') {
    const n = Number(x);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export const conceptOf = (item: NaturalDataset): Code | undefined => codeOf(item.ConceptNameCodeSequence);
export const isConcept = (item: NaturalDataset, c: Code): boolean => {
  const k = conceptOf(item);
  return k !== undefined && sameCode(k, c);
};
export const children = (item: NaturalDataset): NaturalDataset[] => seq(item.ContentSequence);
export const valueType = (item: NaturalDataset): string => str(item.ValueType) ?? '?';

/** Human-readable label of an item for skip reports: `NUM "Long Axis"`. */
export function describe(item: NaturalDataset): string {
  const c = conceptOf(item);
  return `${valueType(item)}${c === undefined ? '' : ` "${c.meaning || c.value}" (${c.value}, ${c.scheme})`}`;
}

export function numbers(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(Number);
  if (typeof v === 'number') return [v];
  if (v instanceof Float32Array || v instanceof Float64Array) return Array.from(v);
  return [];
}

export interface ImageRef {
  readonly sopClassUID: string;
  readonly sopInstanceUID: string;
  readonly segmentNumber?: number;
}

export function imageRefOf(item: NaturalDataset): ImageRef | undefined {
  const r = seq(item.ReferencedSOPSequence)[0];
  if (r === undefined) return undefined;
  const sopClassUID = str(r.ReferencedSOPClassUID);
  const sopInstanceUID = str(r.ReferencedSOPInstanceUID);
  if (sopClassUID === undefined || sopInstanceUID === undefined) return undefined;
  const segmentNumber = num(r.ReferencedSegmentNumber);
  return segmentNumber === undefined ? { sopClassUID, sopInstanceUID } : { sopClassUID, sopInstanceUID, segmentNumber };
}
