import type { ResponseResult } from '@caliper/response';

const QUANTITY_KEYS = ['sumMm', 'sumMl', 'sulPeak', 'suvMax', 'deauville', 'psmaTvMl', 'meanHu', 'newTargetSumMm'];

const cell = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));

/** Human-readable table of a response assessment (without --json). */
export function formatResponse(r: ResponseResult): string {
  const keys = QUANTITY_KEYS.filter((k) => k in r.baseline || r.timepoints.some((t) => k in t));
  const header = ['date', 'days', 'response', ...keys, 'Δbaseline %', 'Δnadir %', 'reasons'];
  const rows = [
    [r.baseline.date, '0', 'baseline', ...keys.map((k) => cell(r.baseline[k])), '', '', ''],
    ...r.timepoints.map((t) => [t.date, String(t.daysFromBaseline), t.response, ...keys.map((k) => cell(t[k])), cell(t.changeFromBaselinePct), cell(t.changeFromNadirPct), t.reasons.join('; ')]),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const bor = r.bestOverallResponse;
  return [
    `${r.criteria}`,
    line(header),
    ...rows.map(line),
    '',
    `best overall response: ${bor.response}${bor.date ? ` (${bor.date})` : ''}${bor.confirmed ? ', confirmed' : ''} — ${bor.reasons.join('; ')}`,
    '',
  ].join('\n');
}
