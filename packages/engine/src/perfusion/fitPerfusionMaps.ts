import { convertSignalToConcentration } from './convertSignalToConcentration';
import type { DynamicSeries } from './dynamicSeries';
import { fitPatlak } from './fitPatlak';
import type { KineticFitMethod } from './fitKineticModel';
import { createToftsWorkspace, fitTofts } from './fitTofts';
import { fitToftsLinear } from './fitToftsLinear';
import { fitTwoCompartmentExchange } from './fitTwoCompartmentExchange';
import type { KineticBasis } from './kineticBasis';
import type { KineticModel } from './kineticFit';

/** Parametric maps on the series grid (flat voxel order); unfitted voxels are 0 with fitted = 0. */
export interface PerfusionMaps {
  /** Ktrans (/min). */
  readonly ktrans: Float32Array;
  /** kep (/min); 0 for Patlak. */
  readonly kep: Float32Array;
  /** ve (1); 0 for Patlak. */
  readonly ve: Float32Array;
  /** vp (1); 0 for Tofts. */
  readonly vp: Float32Array;
  /** RMS(model − C) (mM). */
  readonly residual: Float32Array;
  /** 1 where the voxel was fitted (S0 > 0, real R1, T10 known). */
  readonly fitted: Uint8Array;
  /** 2CXM only: Fp (mL/100 mL/min) and PS (/min). */
  readonly fp?: Float32Array;
  readonly ps?: Float32Array;
}

/** Zeroed maps for `voxelCount` voxels (with Fp and PS maps for the 2CXM). */
export function createPerfusionMaps(voxelCount: number, options: { readonly twoCompartment?: boolean } = {}): PerfusionMaps {
  return {
    ktrans: new Float32Array(voxelCount), kep: new Float32Array(voxelCount), ve: new Float32Array(voxelCount),
    vp: new Float32Array(voxelCount), residual: new Float32Array(voxelCount), fitted: new Uint8Array(voxelCount),
    ...(options.twoCompartment ? { fp: new Float32Array(voxelCount), ps: new Float32Array(voxelCount) } : {}),
  };
}

export interface FitPerfusionMapsOptions {
  readonly model: KineticModel;
  /** 'lm' (default, the contract's fit) or 'linear' (Murase; previews). */
  readonly method?: KineticFitMethod;
  /** Fit only these flat voxel indices (an ROI); default every voxel in [start, end). */
  readonly voxels?: ArrayLike<number>;
  readonly start?: number;
  readonly end?: number;
  /** Output maps (createPerfusionMaps), written at the fitted indices only. */
  readonly out?: PerfusionMaps;
  /** Called about every 4096 voxels with (done, total); return true to stop early (cancel). */
  readonly onProgress?: (done: number, total: number) => boolean | void;
  /** Called with each fitted voxel's concentration curve (mM; a scratch buffer, read it at once): model-free parameters (IAUGC) without converting twice. */
  readonly onConcentration?: (voxel: number, concentrationMm: Float64Array) => void;
}

/**
 * Per-voxel tracer-kinetic maps of a dynamic series: each voxel's signal → concentration (its own
 * S0 and T10, SPGR; see convertSignalToConcentration), then fitTofts (Murase start), fitToftsLinear
 * or fitPatlak against the shared AIF basis (use tabulateKineticBasis: O(phases) per model evaluation). A voxel with S0 ≤ 0, no real R1
 * or unknown T10 is not fitted (0 in every map, fitted = 0). Chunk with start/end (or voxels) to
 * spread work over workers; all scratch is allocated once per call.
 */
export function fitPerfusionMaps(series: DynamicSeries, basis: KineticBasis, options: FitPerfusionMapsOptions): PerfusionMaps {
  const nt = series.phases.length;
  const n = series.phases[0]?.length ?? 0;
  const out = options.out ?? createPerfusionMaps(n);
  const list = options.voxels;
  const start = options.start ?? 0, end = options.end ?? n;
  const total = list ? list.length : end - start;
  const sig = new Float64Array(nt), conc = new Float64Array(nt);
  const workspace = createToftsWorkspace(nt);
  // Option objects built once: a map makes ~10⁶ fits, and per-call object spreads showed in profiles.
  const extended = options.model === 'etofts';
  const fit = options.model === '2cxm'
    ? (c: Float64Array) => fitTwoCompartmentExchange(c, basis)
    : options.model === 'patlak'
    ? (c: Float64Array) => fitPatlak(c, basis, patlakOptions)
    : options.method === 'linear'
      ? (c: Float64Array) => fitToftsLinear(c, basis, linearOptions)
      : (c: Float64Array) => fitTofts(c, basis, toftsOptions);
  const patlakOptions = { scratch: new Float64Array(3) };
  const linearOptions = { extended, buffers: workspace };
  const toftsOptions = { extended, start: 'linear', workspace } as const;
  const t10Fixed = typeof series.t10Ms === 'number' ? series.t10Ms : null;
  const t10Map = typeof series.t10Ms === 'number' ? null : series.t10Ms;
  const convert = { baselineCount: series.baselineCount, flipAngleDeg: series.flipAngleDeg, trMs: series.trMs, t10Ms: 0, r1PerMmS: series.r1PerMmS, out: conc };
  const phases = series.phases;
  for (let q = 0; q < total; q++) {
    if (options.onProgress && (q & 4095) === 0 && q > 0 && options.onProgress(q, total) === true) break;
    const v = list ? list[q] : start + q;
    const t10 = t10Fixed ?? t10Map![v];
    out.fitted[v] = 0;
    out.ktrans[v] = out.kep[v] = out.ve[v] = out.vp[v] = out.residual[v] = 0;
    if (out.fp) out.fp[v] = out.ps![v] = 0;
    if (!(t10 > 0)) continue;
    for (let p = 0; p < nt; p++) sig[p] = phases[p][v];
    convert.t10Ms = t10;
    if (!convertSignalToConcentration(sig, convert)) continue;
    options.onConcentration?.(v, conc);
    const r = fit(conc);
    out.ktrans[v] = r.ktransPerMin;
    out.kep[v] = r.kepPerMin ?? 0;
    out.ve[v] = r.ve ?? 0;
    out.vp[v] = r.vp ?? 0;
    out.residual[v] = r.residualMm;
    if (out.fp) out.fp[v] = r.fpMlPer100mlMin ?? 0;
    if (out.ps) out.ps[v] = r.psPerMin ?? 0;
    out.fitted[v] = 1;
  }
  options.onProgress?.(total, total);
  return out;
}
