import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

/** One reference curve of `caliper dce --curves`: AIF (plasma) and tissue concentration at the same times. */
export interface ReferenceCurve {
  readonly label: string;
  readonly timesS: Float64Array;
  readonly aifMm: Float64Array;
  readonly tissueMm: Float64Array;
}

const COLUMNS = ['curve', 'time_s', 'aif_mM', 'tissue_mM'] as const;

/**
 * Parses the `--curves` CSV: a header naming the columns curve,time_s,aif_mM,tissue_mM (any order,
 * extra columns ignored), one row per sample, a curve's rows in time order; curves keep the order of
 * their first row. Errors (exit 1): "missing column <name>", "curve <label>: times not strictly
 * increasing", "curve <label>: fewer than 4 samples", a non-number.
 */
export function parseCurvesCsv(text: string): Result<ReferenceCurve[], string> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return err(`missing column ${COLUMNS[0]}`);
  const head = lines[0].split(',').map((h) => h.trim());
  const col: Record<string, number> = {};
  for (const c of COLUMNS) {
    const i = head.indexOf(c);
    if (i < 0) return err(`missing column ${c}`);
    col[c] = i;
  }
  const rows = new Map<string, { t: number[]; a: number[]; c: number[] }>();
  for (let r = 1; r < lines.length; r++) {
    const cells = lines[r].split(',').map((x) => x.trim());
    const label = cells[col.curve] ?? '';
    const values = [cells[col.time_s], cells[col.aif_mM], cells[col.tissue_mM]].map((x) => (x === undefined || x === '' ? NaN : Number(x)));
    if (values.some((v) => !Number.isFinite(v))) return err(`line ${r + 1}: time_s, aif_mM and tissue_mM must be numbers`);
    let curve = rows.get(label);
    if (!curve) rows.set(label, (curve = { t: [], a: [], c: [] }));
    curve.t.push(values[0]);
    curve.a.push(values[1]);
    curve.c.push(values[2]);
  }
  const curves: ReferenceCurve[] = [];
  for (const [label, v] of rows) {
    for (let q = 1; q < v.t.length; q++) if (!(v.t[q] > v.t[q - 1])) return err(`curve ${label}: times not strictly increasing (${v.t[q - 1]} s then ${v.t[q]} s)`);
    if (v.t.length < 4) return err(`curve ${label}: fewer than 4 samples (${v.t.length})`);
    curves.push({ label, timesS: Float64Array.from(v.t), aifMm: Float64Array.from(v.a), tissueMm: Float64Array.from(v.c) });
  }
  return ok(curves);
}
