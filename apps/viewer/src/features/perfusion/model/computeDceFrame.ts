import type { VoxelArray } from '@caliper/core';
import type { DceMode } from './dceSlice';

/**
 * The displayed volume of a dynamic series (stored units): one phase; that phase minus the mean of
 * the baseline phases (the first `baselineCount`, the phases before the bolus arrival); or the
 * maximum over all phases (MIP over time). `invert` (DSC, whose T2* signal drops with the bolus):
 * baseline − phase and the minimum over time. Written into `out` (same length as a phase).
 */
export function computeDceFrame(phases: readonly VoxelArray[], mode: DceMode, phase: number, baselineCount: number, out: Float32Array, invert = false): Float32Array {
  const n = out.length;
  if (mode === 'mip') {
    out.set(phases[0]);
    for (let p = 1; p < phases.length; p++) {
      const a = phases[p];
      if (invert) for (let v = 0; v < n; v++) { if (a[v] < out[v]) out[v] = a[v]; }
      else for (let v = 0; v < n; v++) if (a[v] > out[v]) out[v] = a[v];
    }
    return out;
  }
  const cur = phases[Math.max(0, Math.min(phases.length - 1, phase))];
  if (mode === 'phase') {
    out.set(cur);
    return out;
  }
  const nb = Math.max(1, Math.min(baselineCount, phases.length));
  out.fill(0);
  for (let p = 0; p < nb; p++) {
    const a = phases[p];
    for (let v = 0; v < n; v++) out[v] += a[v];
  }
  if (invert) for (let v = 0; v < n; v++) out[v] = out[v] / nb - cur[v];
  else for (let v = 0; v < n; v++) out[v] = cur[v] - out[v] / nb;
  return out;
}
