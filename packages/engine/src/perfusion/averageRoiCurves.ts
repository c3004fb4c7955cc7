import { convertSignalToConcentration } from './convertSignalToConcentration';
import type { DynamicSeries } from './dynamicSeries';

export interface AverageRoiCurvesOptions {
  /** T10 (ms) for these voxels instead of the series' (e.g. --t10-blood for an AIF ROI). */
  readonly t10Ms?: number;
}

export interface RoiCurves {
  /** Mean signal over all the ROI's voxels, per phase. */
  readonly signal: Float64Array;
  /** Mean concentration (mM) over the voxels that convert (S0 > 0, real R1), per phase; zeros when none. */
  readonly concentrationMm: Float64Array;
  readonly voxelCount: number;
  /** Voxels whose signal converts to concentration (the others are left out of the mean). */
  readonly convertedCount: number;
}

/**
 * The ROI-mean time curves: signal, and concentration as the mean of each voxel's own conversion
 * (its T10 and S0; see convertSignalToConcentration), which is what the ROI-mean fit and the curve
 * parameters use. `voxels` are flat voxel indices.
 */
export function averageRoiCurves(series: DynamicSeries, voxels: ArrayLike<number>, options: AverageRoiCurvesOptions = {}): RoiCurves {
  const nt = series.phases.length;
  const signal = new Float64Array(nt), conc = new Float64Array(nt);
  const sig = new Float64Array(nt), c = new Float64Array(nt);
  let converted = 0;
  for (let q = 0; q < voxels.length; q++) {
    const v = voxels[q];
    for (let p = 0; p < nt; p++) {
      sig[p] = series.phases[p][v];
      signal[p] += sig[p];
    }
    const t10 = options.t10Ms ?? (typeof series.t10Ms === 'number' ? series.t10Ms : series.t10Ms[v]);
    if (!(t10 > 0)) continue;
    const ok = convertSignalToConcentration(sig, { baselineCount: series.baselineCount, flipAngleDeg: series.flipAngleDeg, trMs: series.trMs, t10Ms: t10, r1PerMmS: series.r1PerMmS, out: c });
    if (!ok) continue;
    converted++;
    for (let p = 0; p < nt; p++) conc[p] += c[p];
  }
  for (let p = 0; p < nt; p++) {
    if (voxels.length) signal[p] /= voxels.length;
    if (converted) conc[p] /= converted;
  }
  return { signal, concentrationMm: conc, voxelCount: voxels.length, convertedCount: converted };
}
