import { patientPoint, type PatientPoint } from '@caliper/core';
import type { SeriesGeometry } from './types';
import { sliceCentre } from './nearestSlice';

/** Centre of a stack in its own frame (LPS mm): the mean of its images' centres. */
export function seriesCentre(g: SeriesGeometry): PatientPoint {
  const sum = [0, 0, 0];
  g.positions.forEach((_, k) => {
    const c = sliceCentre(g, k);
    for (let a = 0; a < 3; a++) sum[a] += c[a];
  });
  const n = Math.max(1, g.positions.length);
  return patientPoint(sum[0] / n, sum[1] / n, sum[2] / n);
}
