import type { Geometry, Volume } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** Axial grid, origin at (0,0,0), identity directions. */
export function grid(dims: [number, number, number], spacing: [number, number, number] = [1, 1, 1]): Geometry {
  return { dimensions: dims, origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing };
}

/** Volume with value f(i, j, k). */
export function volumeOf(g: Geometry, f: (i: number, j: number, k: number) => number, unit: Volume['unit'] = 'HU'): Volume {
  const [ni, nj, nk] = g.dimensions;
  const data = new Float32Array(ni * nj * nk);
  for (let k = 0; k < nk; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) data[(k * nj + j) * ni + i] = f(i, j, k);
  return { geometry: g, data, unit, modality: unit === 'HU' ? 'CT' : 'PT', seriesInstanceUID: '1.2.3' };
}
