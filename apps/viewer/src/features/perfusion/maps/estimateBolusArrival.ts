import type { VoxelArray } from '@caliper/core';
import { detectBolusArrival } from '@caliper/engine';
import type { MapOptions } from './mapOptions';

/**
 * The bolus arrival (s) for a population AIF when the reader gave none: detectBolusArrival on the
 * mean signal of the enhancing voxels (first phase above 10 % of the mean positive first-phase
 * signal, peak ≥ 1.1 × first phase), as `caliper dce --out` does. Null when nothing enhances.
 */
export function estimateBolusArrival(phases: readonly VoxelArray[], timesS: ArrayLike<number>, acq: { flipAngleDeg: number; trMs: number }, o: MapOptions): number | null {
  const first = phases[0], n = first.length, nt = phases.length;
  let sum = 0, count = 0;
  for (let v = 0; v < n; v++) {
    if (!(first[v] > 0)) continue;
    sum += first[v];
    count++;
  }
  const floor = count ? (0.1 * sum) / count : Infinity;
  const peak = new Float32Array(n);
  for (const p of phases) for (let v = 0; v < n; v++) if (p[v] > peak[v]) peak[v] = p[v];
  const mean = new Float64Array(nt);
  let used = 0;
  for (let v = 0; v < n; v++) {
    if (!(first[v] > floor && peak[v] >= 1.1 * first[v])) continue;
    for (let q = 0; q < nt; q++) mean[q] += phases[q][v];
    used++;
  }
  if (used === 0) return null;
  for (let q = 0; q < nt; q++) mean[q] /= used;
  const r = detectBolusArrival(mean, timesS, { aif: o.aif, model: o.model, flipAngleDeg: acq.flipAngleDeg, trMs: acq.trMs, t10Ms: o.t10Ms, r1PerMmS: o.r1PerMmS, hematocrit: o.hematocrit });
  return r ? r.bolusArrivalS : null;
}
