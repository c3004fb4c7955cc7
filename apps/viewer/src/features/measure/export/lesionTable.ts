import { csvCell } from '@caliper/core';
import type { Lesion } from '../model/lesion';
import type { LesionResult } from '../model/measureSlice';
import { biomarkerRows } from '../ui/biomarkerRows';
import { resultRole } from '../ui/onImageLabel';

/** One exported value: the lesion, the series it was measured on, name, value, unit, method. */
export interface ExportRow {
  readonly lesion: string;
  readonly location: string;
  readonly role: string;
  readonly tool: string;
  readonly series: string;
  readonly modality: string;
  readonly biomarker: string;
  readonly value: number | null;
  readonly unit: string;
  readonly method: string;
}

/** Flatten lesions × series × biomarkers (only results for each lesion's current version). */
export function lesionTable(lesions: readonly Lesion[], results: Readonly<Record<string, Readonly<Record<string, LesionResult>>>>): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const l of lesions) {
    for (const uid of l.seriesUIDs) {
      const r = results[l.id]?.[uid];
      if (!r?.measurement || r.version !== l.version) continue;
      // A PET threshold ROI's other series measure its search sphere/box, not the lesion: said so on every row.
      const search = resultRole(l.shape.kind, r.measurement.result.modality ?? undefined) === 'searchRegion';
      for (const b of biomarkerRows(r.measurement)) {
        const method = b.note ? `${b.method}; ${b.note}` : b.method;
        rows.push({
          lesion: l.name, location: l.location, role: l.role, tool: l.tool, series: uid, modality: r.measurement.result.modality ?? '',
          biomarker: search ? `Search region ${b.label}` : b.label, value: b.value, unit: b.unit,
          method: search ? `search region of the PET threshold (the sphere/box, not the lesion): ${method}` : method,
        });
      }
    }
  }
  return rows;
}

const COLUMNS: (keyof ExportRow)[] = ['lesion', 'location', 'role', 'tool', 'series', 'modality', 'biomarker', 'value', 'unit', 'method'];

/** RFC 4180 CSV (header row, CRLF, quotes doubled); names from DICOM cannot start a spreadsheet formula (csvCell). */
export function toCsv(rows: readonly ExportRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** JSON document: lesions with their biomarkers (value, unit, method) per series. */
export function toJson(rows: readonly ExportRow[]): string {
  return JSON.stringify({ version: 1, columns: COLUMNS, rows }, null, 2);
}
