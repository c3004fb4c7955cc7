import type { DceRoiReply } from '../../measure/worker/createDceApi';

const W = 300, H = 150, L = 38, R = 34, T = 8, B = 24;

/** Axis label: 3 significant digits, 0 for rounding noise. */
const label = (v: number, span: number) => (Math.abs(v) < 1e-6 * (span || 1) ? '0' : v.toPrecision(3));

const path = (xs: readonly number[], ys: readonly number[], x: (v: number) => number, y: (v: number) => number) =>
  xs.map((t, n) => `${n ? 'L' : 'M'}${x(t).toFixed(1)},${y(ys[n]).toFixed(1)}`).join('');

/**
 * A ROI's time curve: concentration (mM, with the model fit dashed and the AIF on the right axis) or
 * the ROI-mean signal; the bolus arrival as a vertical line. Times in s after the first phase.
 */
export function DceChart({ r, curve }: { r: DceRoiReply; curve: 'concentration' | 'signal' }) {
  const t = r.timesS, tMax = t[t.length - 1] || 1;
  const x = (v: number) => L + ((W - L - R) * v) / tMax;
  const ys = curve === 'signal' ? r.signal : r.concentrationMm;
  const lo = curve === 'signal' ? Math.min(...ys) : Math.min(0, ...ys, ...r.fitMm);
  const hi = Math.max(...ys, ...(curve === 'signal' ? [] : r.fitMm)) || 1;
  const y = (v: number) => T + (H - T - B) * (1 - (v - lo) / (hi - lo || 1));
  const aHi = Math.max(...r.aifMm) || 1;
  const ya = (v: number) => T + (H - T - B) * (1 - v / aHi);
  const unit = curve === 'signal' ? 'a.u.' : 'mM';
  return (
    <svg className="dce-chart" width={W} height={H} role="img" aria-label={`ROI ${curve} over time`} data-testid="dce-chart">
      <title>{curve === 'signal' ? 'ROI-mean signal (stored units) per phase' : 'ROI-mean concentration (mM, dots), model fit (dashed) and AIF plasma concentration (right axis, mM)'}</title>
      <line x1={L} y1={H - B} x2={W - R} y2={H - B} className="axis" />
      <line x1={L} y1={T} x2={L} y2={H - B} className="axis" />
      <text x={L - 4} y={T + 8} textAnchor="end">{label(hi, hi - lo)}</text>
      <text x={L - 4} y={H - B} textAnchor="end">{label(lo, hi - lo)}</text>
      <text x={4} y={H / 2} className="unit">{unit}</text>
      <text x={W - R} y={H - 6} textAnchor="end">{tMax.toFixed(0)} s</text>
      <text x={L} y={H - 6}>0</text>
      <line x1={x(r.bolusArrivalS)} y1={T} x2={x(r.bolusArrivalS)} y2={H - B} className="bat"><title>{`Bolus arrival ${r.bolusArrivalS.toFixed(1)} s`}</title></line>
      {curve === 'concentration' && (
        <>
          <path d={path(t, r.aifMm, x, ya)} className="aif" />
          <text x={W - R + 4} y={T + 8} className="aif-label">{aHi.toPrecision(3)}</text>
          <text x={W - R + 4} y={T + 20} className="aif-label">AIF</text>
          <path d={path(t, r.fitMm, x, y)} className="fit" />
        </>
      )}
      <path d={path(t, ys, x, y)} className="data" />
      {t.map((v, n) => <circle key={n} cx={x(v)} cy={y(ys[n])} r={1.8} className="data-dot" />)}
    </svg>
  );
}
