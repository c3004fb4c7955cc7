import type { LesionRadiomics } from '@caliper/report';

/** Per-feature robustness as the panel keeps it (perturbRadiomics' FeatureRobustness without the raw values). */
export interface FeatureStability {
  readonly cv: number | null;
  readonly icc: number | null;
  readonly unstable: boolean;
}

/** The last robustness run of a lesion's features (same lesion version and settings as the features). */
export interface LesionRobustness {
  readonly lesionVersion: number;
  readonly settingsName: string;
  /** Computations run: "none", "erode", "dilate", "translate(0.5,0.5,0)", "noise(seed=1,sigma=…)". */
  readonly perturbations: readonly string[];
  readonly subjects: number;
  readonly cvThreshold: number;
  readonly iccThreshold: number;
  readonly features: Readonly<Record<string, FeatureStability>>;
  readonly summary: { readonly unstable: number; readonly assessed: number };
  readonly computeMs: number;
}

/**
 * A lesion's radiomics: the saved record (the reading's `radiomics` block: features with names,
 * families, units; settings; Caliper version) and the shape version it was computed for. Shown and
 * saved only while the lesion still has that version: a value for an outdated shape is never shown.
 */
export interface LesionRadiomicsState {
  readonly lesionVersion: number;
  readonly record: LesionRadiomics;
  /** Worker time of the computation (ms); absent for restored features. */
  readonly computeMs?: number;
  /** Engine time per step (ms: interpolation, each family…), absent for restored features. */
  readonly stepMs?: Readonly<Record<string, number>>;
  readonly robustness?: LesionRobustness;
}

/** A computation under way in the worker. */
export interface RadiomicsJob {
  readonly lesionId: string;
  readonly kind: 'features' | 'robustness';
  readonly done: number;
  readonly total: number;
  /** Last finished step (features: RADIOMICS_STEPS). */
  readonly step?: string;
  readonly startedAt: number;
}
