import type { PatientPoint, Result, Volume } from '@caliper/core';
import { err, ok, patientToVoxel } from '@caliper/core';
import type { ReferenceStats } from './types';

/** Reference regions Caliper places as spheres, and their default diameters (mm). */
export type SphereReferenceRegion = 'liver' | 'spleen' | 'parotid' | 'muscle';

/**
 * Default sphere diameters, mm. Liver 30 mm: PERCIST 1.0 (Wahl 2009) and the EANM FDG guideline
 * (Boellaard 2015). The others are Caliper's choice, stated in docs/burden.md: the largest round
 * number that a normal adult organ holds with a PET-resolution margin on every side — spleen 20 mm
 * (≈ 4 cm thick), parotid 15 mm (≈ 2–2.5 cm thick; PROMISE reads the gland's SUVmean), muscle
 * 20 mm (paraspinal / gluteal; FAZA tumour-to-muscle ratios use a muscle VOI).
 */
export const REFERENCE_SPHERE_DIAMETER_MM: Readonly<Record<SphereReferenceRegion, number>> = { liver: 30, spleen: 20, parotid: 15, muscle: 20 };

export interface MeasureSphereReferenceOptions {
  /** Sphere diameter, mm (voxel centres within diameter / 2 of the centre count). */
  readonly diameterMm: number;
  /** Largest accepted SD/mean (unitless); unset = no homogeneity check. */
  readonly maxCv?: number;
  /** Names the region in error messages, e.g. "liver sphere" (default "reference sphere"). */
  readonly label?: string;
  /** The tissue in the CV error, e.g. "liver" (default "tissue"). */
  readonly tissue?: string;
}

export interface SphereReference extends ReferenceStats {
  /** Highest voxel value in the sphere, the volume's unit. */
  readonly max: number;
  /** SD/mean (unitless); Infinity when the mean is not positive. */
  readonly cv: number;
  readonly diameterMm: number;
}

/**
 * Mean, population SD, max and CV of the voxels whose centres lie within diameter/2 of `centerMm`
 * (patient LPS mm), in the volume's unit (SUVbw for a PET). Refused (an error naming the reason,
 * never a number) when the whole sphere is not inside the image — its extent must lie within the
 * outer faces of the edge voxels, since a reference partly outside the field of view is not the
 * organ — or, when maxCv is given, when SD/mean exceeds it (not in homogeneous tissue: the sphere
 * straddles an organ edge, a lesion or a vessel). Ignores any exclusion mask (issue 14 step 7).
 * Visits only the sphere's bounding box (no grid-sized mask: a reader's click, or Caliper trying a
 * few positions, costs microseconds on a whole-body PET); same voxels as sphereToMask, and mean and
 * SD two-pass in scan order as computeRoiStats.
 */
export function measureSphereReference(volume: Volume, centerMm: PatientPoint, options: MeasureSphereReferenceOptions): Result<SphereReference, string> {
  const d = options.diameterMm;
  const r = d / 2;
  const label = options.label ?? 'reference sphere';
  if (!(r > 0) || !Number.isFinite(r)) return err(`${label}: diameter ${d} mm is not a positive length`);
  const g = volume.geometry;
  const c = patientToVoxel(g, centerMm);
  for (let a = 0; a < 3; a++) {
    const ext = r / g.spacing[a];
    if (!(c[a] - ext >= -0.5 - 1e-9 && c[a] + ext <= g.dimensions[a] - 0.5 + 1e-9))
      return err(`${label} (${d} mm at [${centerMm.map((x) => x.toFixed(1)).join(', ')}] mm) is not entirely inside the image`);
  }
  const stats = sphereStats(volume, c, r);
  if (stats.voxelCount === 0) return err(`${label} holds no voxel centre`);
  const cv = stats.mean > 0 ? stats.sd / stats.mean : Infinity;
  if (options.maxCv !== undefined && !(cv <= options.maxCv))
    return err(`${label} SUV coefficient of variation ${cv.toFixed(3)} > ${options.maxCv.toFixed(2)}: not in homogeneous ${options.tissue ?? 'tissue'}`);
  return ok({ mean: stats.mean, sd: stats.sd, max: stats.max, voxelCount: stats.voxelCount, cv, diameterMm: d });
}

/** Voxel centres within r (mm, inclusive) of the continuous index c: the sphereToMask rule. */
function sphereStats(volume: Volume, c: readonly [number, number, number], r: number): { mean: number; sd: number; max: number; voxelCount: number } {
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const [si, sj, sk] = g.spacing;
  const lo = (a: number, s: number) => Math.max(0, Math.ceil(c[a] - r / s - 1e-9));
  const hi = (a: number, s: number, n: number) => Math.min(n - 1, Math.floor(c[a] + r / s + 1e-9));
  const r2 = r * r * (1 + 1e-12);
  const vals: number[] = [];
  let sum = 0, max = -Infinity;
  for (let k = lo(2, sk); k <= hi(2, sk, nk); k++) {
    const dz = (k - c[2]) * sk;
    for (let j = lo(1, sj); j <= hi(1, sj, nj); j++) {
      const dy = (j - c[1]) * sj;
      const row = (k * nj + j) * ni;
      for (let i = lo(0, si); i <= hi(0, si, ni); i++) {
        const dx = (i - c[0]) * si;
        if (dx * dx + dy * dy + dz * dz > r2) continue;
        const x = volume.data[row + i];
        vals.push(x);
        sum += x;
        if (x > max) max = x;
      }
    }
  }
  const n = vals.length, mean = sum / n;
  let m2 = 0;
  for (const x of vals) m2 += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(m2 / n), max, voxelCount: n };
}
