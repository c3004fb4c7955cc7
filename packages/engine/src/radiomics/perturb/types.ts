import type { Mask } from '@caliper/core';
import type { RadiomicsError, RadiomicsResult } from '../computeRadiomics';

/**
 * Public types of the radiomics robustness assessment (issue 19 "Robustness"), after
 * Zwanenburg et al. 2019, "Assessing robustness of radiomic features by image perturbation",
 * Sci Rep 9:614 (doi:10.1038/s41598-018-36938-4): the features are recomputed under small,
 * realistic changes of the image and ROI, and a feature whose value moves too much is flagged.
 */

/** One perturbation of the image and/or ROI. The unperturbed computation is always run first. */
export type Perturbation =
  /** ROI eroded by one voxel (volume adaptation, shrink): 4-connected in-plane for the 2D approach, 6-connected for 3D. */
  | { readonly kind: 'erode' }
  /** ROI dilated by one voxel (volume adaptation, grow): same connectivity as erode. */
  | { readonly kind: 'dilate' }
  /** Image and ROI translated by a fraction of a voxel along each axis (i = column, j = row, k = slice), in voxels:
   *  image by trilinear interpolation (edge values repeated), ROI by linear interpolation kept where ≥ ½. */
  | { readonly kind: 'translate'; readonly shiftVoxels: readonly [number, number, number] }
  /** Gaussian noise N(0, σ²) added to every voxel, from a seeded counter-based generator (gaussianNoiseAt: each voxel's deviate a pure function of seed and voxel index): deterministic.
   *  `sigma` in the series unit; null = the image's estimated noise (estimateNoiseSigma). */
  | { readonly kind: 'noise'; readonly seed: number; readonly sigma: number | null };

export interface PerturbRadiomicsOptions {
  /** Default DEFAULT_PERTURBATIONS: erode, dilate, ½-voxel in-plane translation, noise (seed 1, estimated σ). */
  readonly perturbations?: readonly Perturbation[];
  /** Other ROIs on the same series (e.g. the reading's other lesions): further subjects of the ICC.
   *  Without them the ICC is undefined (null): one subject has no between-subject variance. */
  readonly cohort?: readonly Mask[];
  /** CV above this (fraction, not %) flags a feature unstable where the ICC is undefined (one ROI). Default 0.10. */
  readonly cvThreshold?: number;
  /** ICC below this flags a feature unstable where the ICC is defined (cohort ROIs; the CV is then reported only). Default 0.90 (Zwanenburg 2019). */
  readonly iccThreshold?: number;
  /** Called after each radiomics step of each computation: done of total steps (total = computations × steps). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked between steps (the function yields to the event loop there): aborting resolves to `{ kind: 'aborted' }`. */
  readonly signal?: AbortSignal;
}

/** One computation that was run: the unperturbed one (`kind: 'none'`) first, then one per perturbation. */
export interface AppliedPerturbation {
  /** Stable label: "none", "erode", "dilate", "translate(0.5 0.5 0)", "noise(seed=1 sigma=12.3)" (no commas). */
  readonly id: string;
  readonly perturbation: { readonly kind: 'none' } | Perturbation;
  /** Noise only: σ actually used (series unit) and whether it was estimated or given. */
  readonly sigma?: number;
  readonly sigmaSource?: 'estimated' | 'given';
  /** ROI voxels of the ROI this computation used (after the perturbation, before interpolation). */
  readonly roiVoxels: number;
  /** Set when the perturbed ROI gave no features (e.g. eroded to nothing): its values are null. */
  readonly error?: RadiomicsError;
}

/** Robustness of one feature (same key as RadiomicsResult.features). */
export interface FeatureRobustness {
  /** Coefficient of variation over the computations of the ROI (unperturbed + perturbed):
   *  sample SD (÷ n−1) / |mean|, a fraction. 0 when all values are equal; null when fewer than two
   *  values are defined or the mean is 0 with a non-zero SD. */
  readonly cv: number | null;
  /** ICC(1,1) (Shrout & Fleiss 1979; one-way random effects, absolute agreement, single measurement),
   *  subjects = the ROI and the cohort ROIs, measurements = the computations. null with one subject or
   *  any undefined value, or when MSB + (k−1)·MSW is 0. */
  readonly icc: number | null;
  /** A value undefined under some computations and not others; else, with an ICC (cohort ROIs), icc < iccThreshold
   *  (Zwanenburg 2019's criterion); without one, cv > cvThreshold or a zero mean with a non-zero SD. */
  readonly unstable: boolean;
  /** The ROI's value under each computation, in the order of RobustnessResult.perturbations. */
  readonly values: readonly (number | null)[];
}

export interface RobustnessResult {
  /** The unperturbed computation of the ROI (what `computeRadiomics` returns). */
  readonly reference: RadiomicsResult;
  /** The computations, unperturbed first; FeatureRobustness.values follow this order. */
  readonly perturbations: readonly AppliedPerturbation[];
  readonly parameters: {
    readonly connectivity: 4 | 6;
    readonly cvThreshold: number;
    readonly iccThreshold: number;
    readonly iccForm: 'ICC(1,1)';
    /** ICC subjects: 1 + cohort ROIs that gave features. */
    readonly subjects: number;
  };
  /** Keyed as RadiomicsResult.features, every key present. */
  readonly features: Readonly<Record<string, FeatureRobustness>>;
  /** Keys in IBSI table order (= reference.order). */
  readonly order: readonly string[];
  /** Features flagged unstable / defined features assessed. */
  readonly summary: { readonly unstable: number; readonly assessed: number };
}

export type PerturbRadiomicsError = RadiomicsError | { readonly kind: 'aborted' };
