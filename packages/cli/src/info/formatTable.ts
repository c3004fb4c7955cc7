import type { FileError } from '@caliper/core';
import type { SeriesInfo } from './summarizeSeries';

const fmt = (v: number | null) => (v === null ? '?' : String(Number(v.toFixed(3))));

/** Human-readable `caliper info` output. */
export function formatTable(series: readonly SeriesInfo[], errors: readonly FileError[]): string {
  const head = ['modality', 'size', 'slices', 'spacing mm (row,col,slice)', 'units', 'transfer syntax', 'series'];
  const rows = series.map((s) => [
    s.modality,
    `${s.columns}x${s.rows}`,
    String(s.slices),
    s.spacingMm.map(fmt).join(', '),
    s.units,
    s.transferSyntaxes.join('; '),
    `${s.id}${s.seriesDescription ? ` (${s.seriesDescription})` : ''}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const out = [line(head), ...rows.map(line)];
  for (const s of series) for (const n of s.notes) out.push(`  note ${s.id}: ${n}`);
  for (const s of series) for (const i of s.instances ?? []) out.push(`  ${i.pixelMd5 ?? 'undecodable                     '}  ${i.file}`);
  if (errors.length) {
    out.push('', `${errors.length} error(s):`);
    for (const e of errors) out.push(`  ${e.file}: ${e.reason}`);
  }
  return out.join('\n') + '\n';
}
