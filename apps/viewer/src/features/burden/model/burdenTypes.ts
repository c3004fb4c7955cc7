import type { BurdenLesion, BurdenMethod, BurdenTotals, CroppedMask } from '@caliper/engine';

/** What the panel asks the worker for (patient LPS mm; SUVbw). */
export interface BurdenRequest {
  readonly method: BurdenMethod;
  /** 'auto': Caliper's physiological-uptake exclusion (docs/burden.md); 'none': nothing excluded;
   *  'mask': `exclusionMask` (the reader's edited or imported exclusion). */
  readonly exclude: 'auto' | 'none' | 'mask';
  /** exclude 'mask': the excluded voxels on the PET grid, cropped (cloned to the worker). */
  readonly exclusionMask?: CroppedMask | null;
  /** exclude 'mask': where the mask came from, and the organs it names (kept from the auto run or the SEG). */
  readonly exclusionSource?: 'edited' | 'seg';
  readonly exclusionOrgans?: readonly string[];
  /** A re-run after an exclusion edit: the lesions before it, to keep the reader's edits (reconcileLesions). */
  readonly previous?: PreviousLesions | null;
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

/** The reader's lesions before a re-run: ids, cropped masks, which ids are merges and which were added by click. */
export interface PreviousLesions {
  readonly ids: readonly number[];
  readonly masks: readonly CroppedMask[];
  readonly merged: readonly number[];
  readonly added: readonly number[];
}

export interface BurdenExclusion {
  /** 'edited': brushed by the reader (from auto, a SEG or nothing); 'seg': imported from a DICOM SEG. */
  readonly source: 'none' | 'auto' | 'edited' | 'seg';
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

/** The reader adds the lesion under a click (engine addLesionAt): the run's threshold and the current lesions and exclusion. */
export interface BurdenAddRequest {
  readonly pointMm: readonly [number, number, number];
  /** A click on a MIP: the view direction; the point becomes the brightest voxel along that line (what the MIP shows). */
  readonly rayDirection?: readonly [number, number, number] | null;
  readonly thresholdSuv: number;
  /** pct41: 0.41 (the lesion is the component at 41 % of its candidate's SUVmax); else null. */
  readonly fraction: number | null;
  readonly exclusionMask: CroppedMask | null;
  /** Every lesion of the result (kept or removed), to refuse a click in one and keep new lesions apart. */
  readonly lesionIds: readonly number[];
  readonly lesionMasks: readonly CroppedMask[];
  /** Id of the new lesion. */
  readonly id: number;
}

export type BurdenAddReply =
  | { readonly added: true; readonly lesion: BurdenLesion; readonly mask: CroppedMask }
  | { readonly added: false; readonly kind: 'outside' | 'below-threshold' | 'excluded' | 'in-lesion'; readonly message: string; readonly lesionId?: number };

/** The reader splits a lesion between clicked points (engine splitLesion); ids[0] is the lesion's, the others new. */
export interface BurdenSplitRequest {
  readonly mask: CroppedMask;
  readonly pointsMm: readonly (readonly [number, number, number])[];
  readonly ids: readonly number[];
}

export interface BurdenSplitReply {
  readonly lesions: readonly BurdenLesion[];
  readonly masks: readonly CroppedMask[];
}
