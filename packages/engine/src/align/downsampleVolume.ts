import type { Geometry, VoxelArray } from '@caliper/core';
import { patientPoint, voxelIndex, voxelToPatient } from '@caliper/core';
import type { CoarseVolume } from './coarseVolume';

export interface DownsampleVolumeOptions {
  /** Output buffer (at least the coarse voxel count), reused between calls. */
  readonly out?: Float32Array;
}

/**
 * Box filter: coarse voxel (I, J, K) is the mean of the source block [I·fi, (I+1)·fi) × … (an
 * integer factor per axis ≥ 1), so its centre is at source index I·fi + (fi − 1)/2 and its spacing is
 * fi·di mm. A partial block at the far edge of an axis is dropped (≤ f − 1 source voxels). Values
 * stay in the source unit. One pass over the source, in memory order.
 */
export function downsampleVolume(volume: { readonly geometry: Geometry; readonly data: VoxelArray }, factors: readonly [number, number, number], options: DownsampleVolumeOptions = {}): CoarseVolume {
  const g = volume.geometry, src = volume.data;
  const [ni, nj] = g.dimensions;
  const [fi, fj, fk] = factors.map((f) => Math.max(1, Math.floor(f)));
  const [ci, cj, ck] = [Math.floor(ni / fi), Math.floor(nj / fj), Math.floor(g.dimensions[2] / fk)];
  const n = ci * cj * ck;
  const out = options.out ? options.out.subarray(0, n) : new Float32Array(n);
  if (options.out) out.fill(0);
  const plane = ci * cj;
  for (let K = 0; K < ck; K++) {
    for (let kk = 0; kk < fk; kk++) {
      const k = K * fk + kk;
      for (let j = 0; j < cj * fj; j++) {
        const dst = K * plane + Math.floor(j / fj) * ci;
        let s0 = (k * nj + j) * ni;
        if (fi === 1) {
          for (let I = 0; I < ci; I++) out[dst + I] += src[s0 + I];
        } else if (fi === 2) {
          for (let I = 0; I < ci; I++, s0 += 2) out[dst + I] += src[s0] + src[s0 + 1];
        } else if (fi === 3) {
          for (let I = 0; I < ci; I++, s0 += 3) out[dst + I] += src[s0] + src[s0 + 1] + src[s0 + 2];
        } else {
          for (let I = 0; I < ci; I++) {
            let s = 0;
            for (let q = 0; q < fi; q++) s += src[s0++];
            out[dst + I] += s;
          }
        }
      }
    }
    const w = 1 / (fi * fj * fk);
    for (let p = K * plane; p < (K + 1) * plane; p++) out[p] *= w;
  }
  const c = voxelToPatient(g, voxelIndex((fi - 1) / 2, (fj - 1) / 2, (fk - 1) / 2));
  const geometry: Geometry = {
    dimensions: [ci, cj, ck],
    spacing: [g.spacing[0] * fi, g.spacing[1] * fj, g.spacing[2] * fk],
    origin: patientPoint(c[0], c[1], c[2]),
    rowDirection: g.rowDirection,
    columnDirection: g.columnDirection,
    sliceDirection: g.sliceDirection,
  };
  return { geometry, data: out };
}
