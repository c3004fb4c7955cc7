import type { Geometry, VoxelArray } from '@caliper/core';

/** Candidate arterial voxels for a vessel (AIF) ROI. */
export interface VesselSuggestion {
  /** Flat voxel indices, strongest first. */
  readonly voxels: Uint32Array;
  /** Mean position of those voxels (patient LPS mm). */
  readonly centreMm: readonly [number, number, number];
  /** Median time of their peak signal (s after the first phase). */
  readonly peakTimeS: number;
  /** Median enhancement of those voxels: (S_peak − S_first)/S_first; 'drop': (S_first − S_min)/S_first; absolute: in stored units (HU). */
  readonly enhancement: number;
}

export interface SuggestVesselOptions {
  /** How many voxels to return (default 20). */
  readonly count?: number;
  /** Peaks later than this after the earliest peak among the candidates are not arterial (s; default 30). */
  readonly earlyWindowS?: number;
  /**
   * 'rise' (default: T1-weighted MR, CT) or 'drop' (DSC: T2* signal falls with the bolus; the darkest
   * early-dropping voxels are arterial).
   */
  readonly direction?: 'rise' | 'drop';
  /** Enhancement in stored units (HU for CT, whose baseline is not a signal scale) instead of relative to the first phase. */
  readonly absolute?: boolean;
}

/**
 * The brightest early-enhancing voxels (DSC: the darkest early-dropping ones, `direction` 'drop'; CT:
 * `absolute` HU): relative enhancement (S_peak − S_first)/S_first of every
 * voxel with a baseline above 5 % of the brightest baseline; among the 1 % most enhancing, those that
 * peak within `earlyWindowS` of the earliest peak, strongest first. Arterial blood enhances most and
 * first (T1 shortening of a bolus at full concentration). Null when nothing enhances.
 */
export function suggestVesselVoxels(phases: readonly VoxelArray[], timesS: readonly number[], g: Geometry, o: SuggestVesselOptions = {}): VesselSuggestion | null {
  const n = phases[0]?.length ?? 0, nt = phases.length;
  if (nt < 2 || n === 0) return null;
  let s0max = 0;
  for (let v = 0; v < n; v++) s0max = Math.max(s0max, phases[0][v]);
  const floor = 0.05 * s0max;
  const sign = o.direction === 'drop' ? -1 : 1;
  const enh = new Float32Array(n), peakAt = new Uint16Array(n);
  const cand: number[] = [];
  for (let v = 0; v < n; v++) {
    const s0 = phases[0][v];
    if (!o.absolute && !(s0 > floor)) continue;
    let best = s0, at = 0;
    for (let p = 1; p < nt; p++) if (sign * (phases[p][v] - best) > 0) [best, at] = [phases[p][v], p];
    enh[v] = o.absolute ? sign * (best - s0) : (sign * (best - s0)) / s0;
    peakAt[v] = at;
    if (enh[v] > 0) cand.push(v);
  }
  if (!cand.length) return null;
  cand.sort((a, b) => enh[b] - enh[a]);
  const top = cand.slice(0, Math.max(o.count ?? 20, Math.ceil(cand.length / 100)));
  const earliest = top.reduce((m, v) => Math.min(m, timesS[peakAt[v]]), Infinity);
  const early = top.filter((v) => timesS[peakAt[v]] <= earliest + (o.earlyWindowS ?? 30)).slice(0, o.count ?? 20);
  const [ni, nj] = g.dimensions;
  const c = [0, 0, 0];
  for (const v of early) {
    const i = v % ni, j = Math.floor(v / ni) % nj, k = Math.floor(v / (ni * nj));
    for (let d = 0; d < 3; d++) c[d] += g.origin[d] + i * g.spacing[0] * g.rowDirection[d] + j * g.spacing[1] * g.columnDirection[d] + k * g.spacing[2] * g.sliceDirection[d];
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return {
    voxels: Uint32Array.from(early),
    centreMm: [c[0] / early.length, c[1] / early.length, c[2] / early.length],
    peakTimeS: med(early.map((v) => timesS[peakAt[v]])),
    enhancement: med(early.map((v) => enh[v])),
  };
}
