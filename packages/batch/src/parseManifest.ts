import path from 'node:path';
import { parseCsv } from './parseCsv';
import type { BatchTask, ManifestItem } from './types';

/** Manifest columns (CSV header / JSON keys); `path` and `study` may not both be empty. */
export const MANIFEST_COLUMNS = ['id', 'path', 'study', 'series', 'roi', 'patient', 'timepoint'] as const;

type Row = { line: number; values: Record<string, string> };

export interface ParseManifestOptions {
  /** Relative paths in the manifest are resolved against this folder (the manifest's own). */
  readonly baseDir: string;
  readonly task: BatchTask;
}

/**
 * A cohort manifest (CSV with a header row, or JSON: an array of objects or {"items": [...]}) →
 * items. Every error names the manifest line (CSV: file line; JSON: "item N", 1-based). `path`
 * may list several files/folders separated by `;`. For the `response` task the rows of one
 * `patient` form one item (its timepoints' SR files, or one timeline.json). Keys: `id`, else
 * patient/timepoint, else the path or study UID; they must be unique.
 */
export function parseManifest(text: string, format: 'csv' | 'json', options: ParseManifestOptions): { ok: true; items: ManifestItem[] } | { ok: false; error: string } {
  const rows = format === 'csv' ? csvRows(text) : jsonRows(text);
  if (!rows.ok) return rows;
  const where = (r: Row) => (format === 'csv' ? `line ${r.line}` : `item ${r.line}`);
  const items: ManifestItem[] = [];
  for (const r of rows.rows) {
    const v = r.values;
    const paths = (v.path ?? '').split(';').map((p) => p.trim()).filter(Boolean).map((p) => path.resolve(options.baseDir, p));
    const study = v.study?.trim() || null;
    if (paths.length === 0 && !study) return { ok: false, error: `manifest ${where(r)}: give a path or a study (StudyInstanceUID)` };
    if (paths.length > 0 && study) return { ok: false, error: `manifest ${where(r)}: give a path or a study, not both` };
    if (study && !/^[0-9]+(\.[0-9]+)*$/.test(study)) return { ok: false, error: `manifest ${where(r)}: study '${study}' is not a DICOM UID` };
    const series = v.series?.trim() || null;
    if (series && !study) return { ok: false, error: `manifest ${where(r)}: series needs a study` };
    const patient = v.patient?.trim() || null;
    const timepoint = v.timepoint?.trim() || null;
    if (options.task === 'response' && !patient) return { ok: false, error: `manifest ${where(r)}: the response task needs a patient column` };
    const key = v.id?.trim() || (patient && timepoint ? `${patient}/${timepoint}` : null) || study || path.relative(options.baseDir, paths[0]) || paths[0];
    items.push({ key, lines: [r.line], paths, study, series, roi: v.roi?.trim() ? path.resolve(options.baseDir, v.roi.trim()) : null, segment: null, patient, timepoint });
  }
  const out = options.task === 'response' ? groupByPatient(items) : items;
  const seen = new Map<string, number>();
  for (const it of out) {
    const prev = seen.get(it.key);
    if (prev !== undefined) return { ok: false, error: `manifest ${format === 'csv' ? 'line' : 'item'} ${it.lines[0]}: duplicate item '${it.key}' (first on ${format === 'csv' ? 'line' : 'item'} ${prev}); give an id column` };
    seen.set(it.key, it.lines[0]);
  }
  if (out.length === 0) return { ok: false, error: 'manifest holds no items' };
  return { ok: true, items: out };
}

function groupByPatient(items: ManifestItem[]): ManifestItem[] {
  const by = new Map<string, ManifestItem[]>();
  for (const it of items) by.set(it.patient!, [...(by.get(it.patient!) ?? []), it]);
  return [...by].map(([patient, rows]) => ({
    key: patient,
    lines: rows.flatMap((r) => r.lines),
    paths: rows.flatMap((r) => r.paths),
    study: null,
    series: null,
    roi: null,
    segment: null,
    patient,
    timepoint: null,
  }));
}

function csvRows(text: string): { ok: true; rows: Row[] } | { ok: false; error: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, error: `manifest ${parsed.error}` };
  const [head, ...body] = parsed.records;
  if (!head) return { ok: false, error: 'manifest is empty (expected a header row: id,path,study,series,roi,patient,timepoint)' };
  const cols = head.fields.map((c) => c.trim().toLowerCase());
  const unknown = cols.filter((c) => !(MANIFEST_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) return { ok: false, error: `manifest line ${head.line}: unknown column ${unknown.map((c) => `'${c}'`).join(', ')} (known: ${MANIFEST_COLUMNS.join(', ')})` };
  if (!cols.includes('path') && !cols.includes('study')) return { ok: false, error: `manifest line ${head.line}: the header needs a path or a study column` };
  const rows: Row[] = [];
  for (const r of body) {
    if (r.fields.length !== cols.length) return { ok: false, error: `manifest line ${r.line}: ${r.fields.length} fields, the header has ${cols.length}` };
    rows.push({ line: r.line, values: Object.fromEntries(cols.map((c, i) => [c, r.fields[i]])) });
  }
  return { ok: true, rows };
}

function jsonRows(text: string): { ok: true; rows: Row[] } | { ok: false; error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `manifest is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const list = Array.isArray(doc) ? doc : (doc as { items?: unknown })?.items;
  if (!Array.isArray(list)) return { ok: false, error: 'manifest JSON: expected an array of items or {"items": [...]}' };
  const rows: Row[] = [];
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false, error: `manifest item ${i + 1}: expected an object` };
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      if (!(MANIFEST_COLUMNS as readonly string[]).includes(k)) return { ok: false, error: `manifest item ${i + 1}: unknown key '${k}' (known: ${MANIFEST_COLUMNS.join(', ')})` };
      if (k === 'path' && Array.isArray(v) && v.every((p) => typeof p === 'string')) values.path = v.join(';');
      else if (typeof v === 'string' || typeof v === 'number') values[k] = String(v);
      else if (v !== null) return { ok: false, error: `manifest item ${i + 1}: ${k} must be a string` };
    }
    rows.push({ line: i + 1, values });
  }
  return { ok: true, rows };
}
