import type { Mask, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { clampBbox } from '../../mask/createMask';
import type { Bbox } from '../../mask/createMask';
import { PEAK_SPHERE_RADIUS_MM } from '../../suv/computeSuvPeakAt';
import { RADIOMICS_STEPS, iterateRadiomics } from '../computeRadiomics';
import type { RadiomicsError, RadiomicsResult } from '../computeRadiomics';
import type { RadiomicsSettings } from '../settings/radiomicsSettings';
import { assessFeatureRobustness } from './assessFeatureRobustness';
import { estimateNoiseSigma } from './estimateNoiseSigma';
import { perturbMask } from './perturbMask';
import { perturbVolume } from './perturbVolume';
import type { AppliedPerturbation, FeatureRobustness, Perturbation, PerturbRadiomicsOptions, RobustnessResult } from './types';

/** Erosion, dilation, a ½-voxel translation along both in-plane axes, and noise at the estimated level. */
export const DEFAULT_PERTURBATIONS: readonly Perturbation[] = [
  { kind: 'erode' },
  { kind: 'dilate' },
  { kind: 'translate', shiftVoxels: [0.5, 0.5, 0] },
  { kind: 'noise', seed: 1, sigma: null },
];
export const DEFAULT_CV_THRESHOLD = 0.1;
export const DEFAULT_ICC_THRESHOLD = 0.9;

/** Progress of iteratePerturbRadiomics: radiomics steps done of the total (computations × RADIOMICS_STEPS). */
export interface PerturbProgress {
  readonly done: number;
  readonly total: number;
}

/** Ids carry no comma, so they can head CSV columns unquoted. */
const round = (x: number): string => String(Number(x.toPrecision(6)));

function idOf(p: { readonly kind: 'none' } | Perturbation, sigma: number): string {
  if (p.kind === 'translate') return `translate(${p.shiftVoxels.map(round).join(' ')})`;
  if (p.kind === 'noise') return `noise(seed=${p.seed} sigma=${round(sigma)})`;
  return p.kind;
}

/**
 * The box noise is added in: every subject's ROI bbox grown by all a computation may read (one
 * voxel of erosion/dilation/translation, the interpolation grid's reach, the 1 cm³ peak sphere and
 * the cubic spline's 20-voxel prefilter margin), per axis in voxels.
 */
function noiseBox(volume: Volume, masks: readonly Mask[], settings: RadiomicsSettings): Bbox | null {
  const g = volume.geometry;
  const s = settings.interpolation?.spacingMm;
  const target = [s?.[1] ?? g.spacing[0], s?.[0] ?? g.spacing[1], s?.[2] ?? g.spacing[2]];
  const m = g.spacing.map((sp, a) => 24 + Math.ceil((PEAK_SPHERE_RADIUS_MM + 3 * Math.max(sp, target[a])) / sp));
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const mask of masks) {
    if (!mask.bbox) continue;
    for (let a = 0; a < 3; a++) {
      lo[a] = Math.min(lo[a], mask.bbox[0][a] - m[a]);
      hi[a] = Math.max(hi[a], mask.bbox[1][a] + m[a]);
    }
  }
  return lo[0] === Infinity ? null : clampBbox(g.dimensions, lo, hi);
}

/**
 * Robustness of every IBSI-1 feature of one ROI to image perturbation (issue 19 "Robustness";
 * Zwanenburg et al. 2019, Sci Rep 9:614): the features are computed unperturbed and under each
 * perturbation (default DEFAULT_PERTURBATIONS: one-voxel erosion and dilation — 4-connected in-plane
 * for the 2D approach, 6-connected for 3D — a ½-voxel in-plane translation of image and ROI, and
 * Gaussian noise at the image's estimated SD), and each feature gets its CV over these values, an
 * ICC(1,1) when cohort ROIs are given, and an unstable flag (assessFeatureRobustness).
 * A generator yielding progress after each radiomics step, so a worker can check for cancellation
 * between steps; the unperturbed ROI failing (empty, empty after re-segmentation, too many grey
 * levels) is the error returned; a perturbed or cohort computation failing gives null values.
 * Unlike iterateRadiomics, `mask` and the cohort masks are read again for every perturbation: they
 * must stay intact until the generator returns (no shared scratch buffer).
 */
export function* iteratePerturbRadiomics(volume: Volume, mask: Mask, settings: RadiomicsSettings, options: PerturbRadiomicsOptions = {}): Generator<PerturbProgress, Result<RobustnessResult, RadiomicsError>> {
  const perturbations: readonly ({ readonly kind: 'none' } | Perturbation)[] = [{ kind: 'none' }, ...(options.perturbations ?? DEFAULT_PERTURBATIONS)];
  const subjects = [mask, ...(options.cohort ?? [])];
  const connectivity: 4 | 6 = settings.approach === '2D' ? 4 : 6;
  const thresholds = { cv: options.cvThreshold ?? DEFAULT_CV_THRESHOLD, icc: options.iccThreshold ?? DEFAULT_ICC_THRESHOLD };
  const stepsPer = RADIOMICS_STEPS.length;
  const total = perturbations.length * subjects.length * stepsPer;
  let done = 0;
  const needsNoise = perturbations.some((p) => p.kind === 'noise' && p.sigma === null);
  const estimated = needsNoise ? estimateNoiseSigma(volume) : 0;
  const within = perturbations.some((p) => p.kind === 'noise') ? noiseBox(volume, subjects, settings) : null;
  // results[p][s]: subject s under computation p (null: failed).
  const results: (RadiomicsResult | null)[][] = [];
  const applied: AppliedPerturbation[] = [];
  for (const p of perturbations) {
    const sigma = p.kind === 'noise' ? (p.sigma ?? estimated) : 0;
    const image = perturbVolume(volume, p, sigma, within);
    const row: (RadiomicsResult | null)[] = [];
    let info: AppliedPerturbation | null = null;
    for (let s = 0; s < subjects.length; s++) {
      const roi = perturbMask(subjects[s], p, connectivity);
      const it = iterateRadiomics(image, roi, settings);
      let r = it.next();
      let steps = 0;
      while (!r.done) {
        done++;
        steps++;
        yield { done, total };
        r = it.next();
      }
      done += stepsPer - steps;
      if (steps < stepsPer) yield { done, total };
      if (!r.value.ok && p.kind === 'none' && s === 0) return err(r.value.error);
      row.push(r.value.ok ? r.value.value : null);
      if (s === 0) {
        info = {
          id: idOf(p, sigma),
          perturbation: p,
          ...(p.kind === 'noise' ? { sigma, sigmaSource: p.sigma === null ? ('estimated' as const) : ('given' as const) } : {}),
          roiVoxels: countSet(roi),
          ...(r.value.ok ? {} : { error: r.value.error }),
        };
      }
    }
    results.push(row);
    applied.push(info!);
  }
  const reference = results[0][0]!;
  const valuesOf = (s: number, key: string): (number | null)[] => results.map((row) => row[s]?.features[key]?.value ?? null);
  const features: Record<string, FeatureRobustness> = {};
  let unstable = 0, assessed = 0;
  const usable = subjects.map((_, s) => s).filter((s) => s > 0 && results[0][s] !== null);
  for (const key of reference.order) {
    const f = assessFeatureRobustness(valuesOf(0, key), usable.map((s) => valuesOf(s, key)), thresholds);
    features[key] = f;
    if (f.values.some((v) => v !== null)) assessed++;
    if (f.unstable) unstable++;
  }
  return ok({
    reference,
    perturbations: applied,
    parameters: { connectivity, cvThreshold: thresholds.cv, iccThreshold: thresholds.icc, iccForm: 'ICC(1,1)', subjects: 1 + usable.length },
    features,
    order: reference.order,
    summary: { unstable, assessed },
  });
}

function countSet(m: Mask): number {
  let n = 0;
  const b = m.bbox;
  if (!b) return 0;
  const [ni, nj] = m.dimensions;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let i = b[0][0]; i <= b[1][0]; i++) n += m.data[row + i] ? 1 : 0;
    }
  return n;
}
