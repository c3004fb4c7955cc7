import type { Mask, Result, Volume } from '@caliper/core';
import { err, ok, voxelVolumeMm3 } from '@caliper/core';
import { computeBurdenThreshold } from './computeBurdenThreshold';
import { computeDmax } from './computeDmax';
import { computeSdmax } from './computeSdmax';
import { growPct41Regions } from './growPct41Regions';
import { labelComponents26 } from './labelComponents26';
import { measureLesions } from './measureLesions';
import { thresholdExcluding } from './thresholdExcluding';
import type { BurdenLesion, BurdenMethod, BurdenTotals, ReferenceStats } from './types';

export interface ComputeBurdenOptions {
  readonly method: BurdenMethod;
  /** Voxels that never belong to a lesion (physiological uptake; SEG/NIfTI/automatic). */
  readonly exclude?: Mask | null;
  /** Drop lesions below this volume, mL (after the 41 % step for pct41). Default 0. */
  readonly minVolumeMl?: number;
  /** Liver sphere SUVbw mean and population SD (needed by percist and psma-liver). */
  readonly liver?: Pick<ReferenceStats, 'mean' | 'sd'> | null;
  /** Du Bois BSA in m² for SDmax; null/absent → sdmaxPerM null. */
  readonly bsaM2?: number | null;
  /** A grid-sized scratch buffer kept between calls (a worker allocates it once); it holds `mask`. */
  readonly buffers?: { readonly threshold?: Uint8Array };
}

export interface Burden {
  readonly method: BurdenMethod;
  /** The inclusive threshold, SUVbw (pct41: the 2.5 candidate threshold). */
  readonly thresholdSuv: number;
  readonly lesions: readonly BurdenLesion[];
  /** Flat voxel indices of each lesion (lesionVoxels[i] belongs to lesions[i]): for a labelmap,
   *  colour-coding, jump-to and the reader's edits (re-measure with measureLesions). */
  readonly lesionVoxels: readonly Int32Array[];
  readonly totals: BurdenTotals;
  /** 26-connected lesion voxels (before the minimum-volume filter), in `buffers.threshold` when given. */
  readonly mask: Mask;
}

/**
 * Whole-body PET tumour burden (issue 14 steps 2–6) on an SUVbw volume: threshold (inclusive,
 * excluded voxels never pass) → for pct41 each candidate's 41 % region, overlapping regions merged
 * → 26-connected lesions → lesions below minVolumeMl dropped → per-lesion SUVmax/peak/mean, volume,
 * TLG, centroid → totals TMTV, TLG, Dmax and SDmax. Errors only when the method needs a liver
 * reference that is missing.
 */
export function computeBurden(volume: Volume, options: ComputeBurdenOptions): Result<Burden, string> {
  if (volume.unit !== 'SUVbw') return err(`computeBurden: volume unit is ${volume.unit}, not SUVbw`);
  const t = computeBurdenThreshold(options.method, options.liver ?? null);
  if (!t.ok) return t;
  const exclude = options.exclude ?? null;
  // One pass over the grid; everything after works on voxel lists.
  const thresholded = thresholdExcluding(volume, { min: t.value, exclude, out: options.buffers?.threshold });
  let mask: Mask = thresholded;
  let components = labelComponents26(thresholded, { seeds: thresholded.voxels });
  if (options.method === 'pct41') {
    const regions = growPct41Regions(volume, components, { exclude, marks: thresholded.data });
    mask = regions.mask;
    components = regions.components;
  }
  const voxMl = voxelVolumeMm3(volume.geometry) / 1000;
  const minMl = options.minVolumeMl ?? 0;
  const kept = { voxels: components.voxels, components: components.components.filter((c) => !(c.voxelCount * voxMl < minMl * (1 - 1e-12))) };
  const lesions = measureLesions(volume, kept);
  const lesionVoxels = kept.components.map((c) => kept.voxels.subarray(c.start, c.start + c.voxelCount));
  const dmaxMm = computeDmax(lesions.map((l) => l.centroidMm)).dmaxMm;
  let tmtvMl = 0, tlg = 0;
  for (const l of lesions) {
    tmtvMl += l.volumeMl;
    tlg += l.tlg;
  }
  return ok({
    method: options.method,
    thresholdSuv: t.value,
    lesions,
    lesionVoxels,
    totals: { lesionCount: lesions.length, tmtvMl, tlg, dmaxMm, sdmaxPerM: computeSdmax(dmaxMm, options.bsaM2 ?? null) },
    mask,
  });
}
