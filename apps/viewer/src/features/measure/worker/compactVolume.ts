import type { Volume } from '@caliper/core';

/**
 * Float voxels that are all integers in int16 range (CT in HU after rescale) become an Int16Array:
 * half the memory and twice the speed of every pass. Other volumes are returned unchanged.
 */
export function compactVolume(volume: Volume): Volume {
  const d = volume.data;
  if (!(d instanceof Float32Array || d instanceof Float64Array)) return volume;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v !== Math.round(v) || v < -32768 || v > 32767) return volume;
  }
  return { ...volume, data: Int16Array.from(d) };
}

/** A copy of the volume with slice k multiplied by factorPerSlice[k] (Float32), in `unit`. */
export function scaleVolume(volume: Volume, factorPerSlice: readonly number[], unit: Volume['unit']): Volume {
  const [ni, nj, nk] = volume.geometry.dimensions;
  const n = ni * nj;
  const out = new Float32Array(n * nk);
  for (let k = 0; k < nk; k++) {
    const f = factorPerSlice[k] ?? factorPerSlice[0];
    for (let p = k * n; p < (k + 1) * n; p++) out[p] = volume.data[p] * f;
  }
  return { ...volume, data: out, unit };
}
