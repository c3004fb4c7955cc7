const W = 300, H = 150, L = 38, R = 34, T = 8, B = 24;

/** Axis label: 3 significant digits, 0 for rounding noise. */
const label = (v: number, span: number) => (Math.abs(v) < 1e-6 * (span || 1) ? '0' : v.toPrecision(3));

const path = (xs: readonly number[], ys: readonly number[], x: (v: number) => number, y: (v: number) => number) =>
  xs.map((t, n) => `${n ? 'L' : 'M'}${x(t).toFixed(1)},${y(ys[n]).toFixed(1)}`).join('');

export interface TimeCurveChartProps {
  /** s after the first phase. */
  readonly timesS: readonly number[];
  /** The ROI's curve (dots and line), left axis. */
  readonly ys: readonly number[];
  readonly unit: string;
  /** A second curve on the left axis, dashed (DCE: the model fit; DSC/CT: the reference / venous ROI). */
  readonly dashed?: readonly number[];
  /** The arterial input on its own right axis. */
  readonly right?: { readonly ys: readonly number[]; readonly label: string };
  /** Vertical line (bolus arrival), s. */
  readonly markerS?: number | null;
  readonly markerTitle?: string;
  /** Tooltip of the whole chart (what each line is, with units). */
  readonly title: string;
  readonly ariaLabel: string;
  /** Keep 0 on the left axis (concentration-like curves). */
  readonly includeZero?: boolean;
}

/**
 * A ROI's time curve, shared by DCE (signal / concentration, model fit, AIF) and DSC / CT perfusion
 * (signal / ΔR2* or ΔHU, reference or venous ROI, arterial ROI): left axis from the data's range
 * (0 included for a concentration-like curve), the arterial curve on its own right axis.
 */
export function TimeCurveChart(p: TimeCurveChartProps) {
  const t = p.timesS, tMax = t[t.length - 1] || 1;
  const x = (v: number) => L + ((W - L - R) * v) / tMax;
  const all = [...p.ys, ...(p.dashed ?? []), ...(p.includeZero ? [0] : [])];
  const lo = Math.min(...all), hi = Math.max(...all);
  const y = (v: number) => T + (H - T - B) * (1 - (v - lo) / (hi - lo || 1));
  const aLo = p.right ? Math.min(0, ...p.right.ys) : 0, aHi = p.right ? Math.max(...p.right.ys) || 1 : 1;
  const ya = (v: number) => T + (H - T - B) * (1 - (v - aLo) / (aHi - aLo || 1));
  return (
    <svg className="dce-chart" width={W} height={H} role="img" aria-label={p.ariaLabel} data-testid="dce-chart">
      <title>{p.title}</title>
      <line x1={L} y1={H - B} x2={W - R} y2={H - B} className="axis" />
      <line x1={L} y1={T} x2={L} y2={H - B} className="axis" />
      <text x={L - 4} y={T + 8} textAnchor="end">{label(hi, hi - lo)}</text>
      <text x={L - 4} y={H - B} textAnchor="end">{label(lo, hi - lo)}</text>
      <text x={4} y={H / 2} className="unit">{p.unit}</text>
      <text x={W - R} y={H - 6} textAnchor="end">{tMax.toFixed(0)} s</text>
      <text x={L} y={H - 6}>0</text>
      {p.markerS !== undefined && p.markerS !== null && (
        <line x1={x(p.markerS)} y1={T} x2={x(p.markerS)} y2={H - B} className="bat"><title>{p.markerTitle ?? `${p.markerS.toFixed(1)} s`}</title></line>
      )}
      {p.right && (
        <>
          <path d={path(t, p.right.ys, x, ya)} className="aif" />
          <text x={W - R + 4} y={T + 8} className="aif-label">{aHi.toPrecision(3)}</text>
          <text x={W - R + 4} y={T + 20} className="aif-label">{p.right.label}</text>
        </>
      )}
      {p.dashed && <path d={path(t, p.dashed, x, y)} className="fit" />}
      <path d={path(t, p.ys, x, y)} className="data" />
      {t.map((v, n) => <circle key={n} cx={x(v)} cy={y(p.ys[n])} r={1.8} className="data-dot" />)}
    </svg>
  );
}
