import type { Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';

export interface CoarseVolume extends Volume<Float32Array> {
  /** Fine voxels per cell along each axis. */
  readonly factors: readonly [number, number, number];
}

/**
 * A volume on a coarser grid of cells of about `cellMm` (each axis: round(cellMm / spacing)
 * voxels, at least 1), same unit: each cell is the mean of its block's middle row in its middle
 * slice (every column of the block), so only 1/(fj·fk) of the voxels is read — a whole-body PET
 * becomes a grid that position rules scan in milliseconds, smoothed along the rows. Cell geometry:
 * the nominal block centres (origin at the first block's centre, spacing × factors).
 */
export function coarsenVolume(volume: Volume, cellMm: number): CoarseVolume {
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const f = [0, 1, 2].map((a) => Math.max(1, Math.round(cellMm / g.spacing[a]))) as [number, number, number];
  const [ci, cj, ck] = [Math.ceil(ni / f[0]), Math.ceil(nj / f[1]), Math.ceil(nk / f[2])];
  const data = new Float32Array(ci * cj * ck);
  const cellOfI = new Int32Array(ni);
  for (let i = 0; i < ni; i++) cellOfI[i] = (i / f[0]) | 0;
  const inRow = new Float64Array(ci);
  for (let c = 0; c < ci; c++) inRow[c] = Math.min(f[0], ni - c * f[0]);
  const v = volume.data;
  const row = new Float64Array(ci);
  // The block's middle row of its middle slice: a 1/(fj·fk) sample of the block, all its columns.
  for (let kc = 0; kc < ck; kc++) {
    const k = Math.min(nk - 1, kc * f[2] + (f[2] >> 1));
    for (let jc = 0; jc < cj; jc++) {
      const j = Math.min(nj - 1, jc * f[1] + (f[1] >> 1));
      row.fill(0);
      for (let i = 0, p = (k * nj + j) * ni; i < ni; i++, p++) row[cellOfI[i]] += v[p];
      const base = (kc * cj + jc) * ci;
      for (let c = 0; c < ci; c++) data[base + c] = row[c] / inRow[c];
    }
  }
  const origin = voxelToPatient(g, voxelIndex((f[0] - 1) / 2, (f[1] - 1) / 2, (f[2] - 1) / 2));
  return {
    geometry: { ...g, dimensions: [ci, cj, ck], spacing: [g.spacing[0] * f[0], g.spacing[1] * f[1], g.spacing[2] * f[2]], origin },
    data,
    unit: volume.unit,
    factors: f,
  };
}
