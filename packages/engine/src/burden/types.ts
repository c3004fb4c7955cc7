import type { PatientPoint } from '@caliper/core';

/** Whole-body segmentation methods of issue 14 (thresholds in SUVbw, inclusive). */
export type BurdenMethod = 'suv2.5' | 'suv4' | 'pct41' | 'percist' | 'psma-suv3' | 'psma-liver';

export const BURDEN_METHODS: readonly BurdenMethod[] = ['suv2.5', 'suv4', 'pct41', 'percist', 'psma-suv3', 'psma-liver'];

/** One lesion of a whole-body burden; SUV values in SUVbw. */
export interface BurdenLesion {
  /** 1..n, largest first. */
  readonly id: number;
  readonly voxelCount: number;
  /** voxelCount × voxel volume, mL. */
  readonly volumeMl: number;
  readonly suvMax: number;
  /** IBSI 0F91 SUVpeak: highest mean of the image voxels within 6.2035 mm of a lesion voxel centre. */
  readonly suvPeak: number;
  readonly suvMean: number;
  /** suvMean × volumeMl, SUVbw·mL. */
  readonly tlg: number;
  /** Unweighted mean of the voxel centres, patient LPS mm. */
  readonly centroidMm: PatientPoint;
}

export interface BurdenTotals {
  readonly lesionCount: number;
  /** Sum of lesion volumes (TMTV; PSMA-TV for PSMA tracers), mL. */
  readonly tmtvMl: number;
  /** Sum of lesion TLG (TL-PSMA for PSMA tracers), SUVbw·mL. */
  readonly tlg: number;
  /** Largest distance between two lesion centroids, mm; 0 below 2 lesions. */
  readonly dmaxMm: number;
  /** (dmaxMm / 1000) / BSA (Du Bois, m²), m⁻¹; null without BSA. */
  readonly sdmaxPerM: number | null;
}

/** Mean and population SD of a reference region, in the volume's unit. */
export interface ReferenceStats {
  readonly mean: number;
  readonly sd: number;
  readonly voxelCount: number;
}
