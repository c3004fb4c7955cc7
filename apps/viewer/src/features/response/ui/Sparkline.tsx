/** A tiny trend line (values over timepoints; null gaps skipped), with its values in the tooltip. */
export function Sparkline({ values, labels, unit, width = 64, height = 18 }: { values: readonly (number | null)[]; labels: readonly string[]; unit: string; width?: number; height?: number }) {
  const pts = values.map((v, i) => ({ v, i })).filter((p): p is { v: number; i: number } => p.v !== null && Number.isFinite(p.v));
  const title = `${values.map((v, i) => `${labels[i]}: ${v === null ? '–' : `${v.toPrecision(3)} ${unit}`}`).join('\n')}\n(exploratory: not a response criterion)`;
  if (pts.length < 2) return <span className="muted small" title={title}>{pts.length ? pts[0].v.toPrecision(3) : '–'}</span>;
  const min = Math.min(...pts.map((p) => p.v)), max = Math.max(...pts.map((p) => p.v));
  const x = (i: number) => 2 + (i / Math.max(1, values.length - 1)) * (width - 4);
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) / (max - min)) * (height - 4));
  const d = pts.map((p, k) => `${k ? 'L' : 'M'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  return (
    <svg width={width} height={height} role="img" aria-label={title} className="sparkline">
      <title>{title}</title>
      <path d={d} fill="none" stroke="var(--accent)" strokeWidth={1.5} />
      {pts.map((p) => <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={1.8} fill="var(--text)" />)}
    </svg>
  );
}
