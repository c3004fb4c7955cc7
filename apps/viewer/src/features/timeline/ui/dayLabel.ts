/** Days from baseline as read on a timeline: 'day 0', '+56 d', '−14 d', or '—' without dates. */
export function dayLabel(d: number | null): string {
  if (d === null) return '—';
  if (d === 0) return 'day 0';
  return d > 0 ? `+${d} d` : `−${-d} d`;
}

/** The tooltip of a day count. */
export function dayTitle(d: number | null): string {
  if (d === null) return 'No study date: no day count';
  if (d === 0) return 'Baseline day';
  const weeks = Math.abs(d) / 7;
  return `${Math.abs(d)} days (${weeks.toFixed(1)} weeks) ${d > 0 ? 'after' : 'before'} the baseline`;
}
