import type { BurdenLesion, BurdenMethod, BurdenTotals, CroppedMask } from '@caliper/engine';

/** What the panel asks the worker for (patient LPS mm; SUVbw). */
export interface BurdenRequest {
  readonly method: BurdenMethod;
  /** 'auto': Caliper's physiological-uptake exclusion (docs/burden.md); 'none': nothing excluded. */
  readonly exclude: 'auto' | 'none';
  /** PSMA organ set for the automatic exclusion (tracer family PSMA or a psma-* method). */
  readonly psma: boolean;
  /** Lesions below this volume are dropped, mL. */
  readonly minVolumeMl: number;
  /** Centre of the 3 cm liver sphere (percist, psma-liver), patient LPS mm. */
  readonly liverCenterMm: readonly [number, number, number] | null;
  /** Centre of the PERCIST 1 × 2 cm blood-pool cylinder, patient LPS mm. */
  readonly bloodCenterMm: readonly [number, number, number] | null;
  /** Du Bois BSA, m² (SDmax; null → sdmaxPerM null). */
  readonly bsaM2: number | null;
  /** Janmahasatian LBM / weight (liver SUL; null → liverSulMean null). */
  readonly sulPerSuvbw: number | null;
}

/** The reference regions the burden used: SUVbw mean/SD, SUL when computable. */
export interface BurdenReference {
  readonly liver: { readonly centerMm: readonly [number, number, number]; readonly mean: number; readonly sd: number; readonly cv: number; readonly voxelCount: number } | null;
  readonly liverSulMean: number | null;
  readonly liverSulSd: number | null;
  readonly mediastinumSuvMean: number | null;
}

export interface BurdenExclusion {
  readonly source: 'none' | 'auto';
  readonly voxelCount: number;
  readonly organs: readonly string[];
}

/** The worker's whole-body burden: `caliper burden --json`'s numbers plus one cropped mask per lesion. */
export interface BurdenReply {
  readonly unit: 'SUVbw';
  readonly method: BurdenMethod;
  readonly thresholdSuv: number;
  readonly minVolumeMl: number;
  readonly lesions: readonly BurdenLesion[];
  readonly totals: BurdenTotals;
  readonly exclusion: BurdenExclusion;
  readonly reference: BurdenReference;
  /** lesionMasks[i] is lesions[i]'s voxels, cropped to its bbox (for outlines on the main thread). */
  readonly lesionMasks: readonly CroppedMask[];
  /** The excluded voxels (physiological organs) cropped to their bbox; null when nothing is excluded. */
  readonly exclusionMask: CroppedMask | null;
  readonly bsaM2: number | null;
  readonly notes: readonly string[];
  readonly computeMs: number;
}
