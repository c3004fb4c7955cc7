import type { IntensityUnit, Mask, Result, Volume } from '@caliper/core';
import { err, ok, voxelVolumeMm3 } from '@caliper/core';

/** FMISO: tumour-to-blood; FAZA: tumour-to-muscle. */
export type HypoxiaReference = 'blood' | 'muscle';

/**
 * Default hypoxic ratio thresholds (inclusive): FMISO T/B ≥ 1.2 (Rajendran et al., Clin Cancer Res
 * 2006; Koh 1992), FAZA T/M ≥ 1.4 (Mortensen et al., Radiother Oncol 2012).
 */
export const DEFAULT_HYPOXIA_RATIO: Readonly<Record<HypoxiaReference, number>> = { blood: 1.2, muscle: 1.4 };

export interface MeasureHypoxiaOptions {
  readonly reference: HypoxiaReference;
  /** The reference region's mean (blood pool for FMISO, muscle for FAZA), in the volume's unit (SUVbw). */
  readonly referenceMean: number;
  /** Hypoxic voxel: value ≥ ratioThreshold × referenceMean; default DEFAULT_HYPOXIA_RATIO[reference]. */
  readonly ratioThreshold?: number;
}

export interface HypoxiaMeasurement {
  /** Tumour SUVmax / reference mean (T/Bmax or T/Mmax), unitless. */
  readonly ratioMax: number;
  /** Tumour SUVmean / reference mean, unitless. */
  readonly ratioMean: number;
  /** ROI voxels and volume (mL). */
  readonly voxelCount: number;
  readonly volumeMl: number;
  /** Voxels of the ROI at or above the threshold; their volume (mL) and share of the ROI (0–1). */
  readonly hypoxicVoxelCount: number;
  readonly hypoxicVolumeMl: number;
  readonly hypoxicFraction: number;
  /** The ratio applied and the same threshold in the volume's unit (ratio × reference mean). */
  readonly threshold: { readonly ratio: number; readonly value: number; readonly unit: IntensityUnit };
  readonly reference: { readonly kind: HypoxiaReference; readonly mean: number; readonly unit: IntensityUnit };
}

/**
 * Hypoxia PET read as a tumour-to-background ratio (FMISO: blood, FAZA: muscle): over the tumour
 * ROI — a mask on the volume's grid, or flat voxel indices (a burden lesion's voxel list) — the
 * ratios of its SUVmax and SUVmean to the reference mean, and the hypoxic volume: the ROI voxels
 * with value ≥ ratioThreshold × reference mean (inclusive). Errors (never a number) when the
 * reference mean is missing or not positive, the threshold is not positive, or the ROI is empty.
 */
export function measureHypoxia(volume: Volume, roi: Mask | ArrayLike<number>, options: MeasureHypoxiaOptions): Result<HypoxiaMeasurement, string> {
  const { reference, referenceMean: m } = options;
  const refName = reference === 'blood' ? 'blood-pool' : 'muscle';
  if (!(Number.isFinite(m) && m > 0)) return err(`hypoxia needs the ${refName} reference mean (tumour-to-${reference} ratio): missing or not positive`);
  const ratio = options.ratioThreshold ?? DEFAULT_HYPOXIA_RATIO[reference];
  if (!(Number.isFinite(ratio) && ratio > 0)) return err(`hypoxia ratio threshold ${ratio} is not a positive number`);
  const t = ratio * m;
  const v = volume.data;
  const n = v.length;
  let count = 0, hyp = 0, sum = 0, mx = -Infinity;
  const add = (p: number) => {
    const x = v[p];
    count++;
    sum += x;
    if (x > mx) mx = x;
    if (x >= t) hyp++;
  };
  if ('data' in roi && 'dimensions' in roi) {
    const [ni, nj] = volume.geometry.dimensions;
    if (roi.data.length !== n) return err('hypoxia ROI mask is not on the PET grid');
    if (roi.bbox) {
      const [[i0, j0, k0], [i1, j1, k1]] = roi.bbox;
      for (let k = k0; k <= k1; k++)
        for (let j = j0; j <= j1; j++)
          for (let i = i0, p = (k * nj + j) * ni + i0; i <= i1; i++, p++) if (roi.data[p]) add(p);
    }
  } else {
    for (let q = 0; q < roi.length; q++) {
      const p = roi[q];
      if (!(Number.isInteger(p) && p >= 0 && p < n)) return err(`hypoxia ROI voxel index ${p} is outside the PET grid`);
      add(p);
    }
  }
  if (count === 0) return err('hypoxia ROI is empty');
  const voxMl = voxelVolumeMm3(volume.geometry) / 1000;
  return ok({
    ratioMax: mx / m,
    ratioMean: sum / count / m,
    voxelCount: count,
    volumeMl: count * voxMl,
    hypoxicVoxelCount: hyp,
    hypoxicVolumeMl: hyp * voxMl,
    hypoxicFraction: hyp / count,
    threshold: { ratio, value: t, unit: volume.unit },
    reference: { kind: reference, mean: m, unit: volume.unit },
  });
}
