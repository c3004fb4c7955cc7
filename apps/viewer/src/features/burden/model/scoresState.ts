import { create } from 'zustand';
import type { HypoxiaOutcome, PetReferenceKind, PetReferenceOutcome } from '../worker/referenceOps';

/** Reference regions the whole-body panel adds to the liver sphere and blood-pool cylinder (PROMISE miPSMA, FAZA hypoxia). */
export type ExtraReferenceKind = 'parotid' | 'spleen' | 'muscle';

/** One reference region's SUVbw statistics (sphere around `centerMm`, patient LPS mm). */
export interface ReferenceRegionValue {
  readonly centerMm: readonly [number, number, number];
  readonly diameterMm: number;
  readonly mean: number;
  readonly sd: number;
  readonly max: number;
  readonly voxelCount: number;
  readonly unit: 'SUVbw';
  /** 'click': placed by the reader; 'proposed': Caliper's position, accepted by the reader. */
  readonly source: 'click' | 'proposed';
}

/** A reader-confirmed visual score of one whole-body lesion (Caliper proposes, the reader confirms). */
export interface ConfirmedScores {
  /** Lugano / Deauville five-point score, 1–5. */
  readonly deauville?: 1 | 2 | 3 | 4 | 5;
  /** PROMISE miPSMA expression score, 0–3. */
  readonly mipsma?: 0 | 1 | 2 | 3;
}

/**
 * Scores and extra reference regions of the whole-body PET reading (issue 14): a feature-local
 * store beside `useBurden`. `confirmed` is keyed by the lesion id of the burden result shown
 * (`useBurden.result.lesions[].id`); the reading saves and restores it with the burden.
 */
export interface ScoresState {
  confirmed: Readonly<Record<number, ConfirmedScores>>;
  references: Readonly<Partial<Record<ExtraReferenceKind, ReferenceRegionValue>>>;
  /** Hypoxia thresholds (stated in the panel, editable): FMISO tumour/blood, FAZA tumour/muscle. */
  hypoxia: { readonly fmisoTb: number; readonly fazaTm: number };
  /** Last measurement of every placed reference region (liver and blood pool included), or its refusal; recomputed, not saved. */
  measured: Readonly<Partial<Record<PetReferenceKind, PetReferenceOutcome>>>;
  /** Per-lesion hypoxia of the result shown (FMISO/FAZA), recomputed, not saved. */
  hypoxiaResults: readonly HypoxiaOutcome[];
  /** Waiting for the click that places this reference region; 'working' while measuring or proposing. */
  busy: string | null;
  /** Why proposing or measuring failed (shown in the panel). */
  note: string | null;
  set: (patch: Partial<Omit<ScoresState, 'set'>>) => void;
}

/** Literature defaults: FMISO T/B ≥ 1.2 (Rajendran 2006), FAZA T/M ≥ 1.4 (Mortensen 2012). */
export const DEFAULT_HYPOXIA = { fmisoTb: 1.2, fazaTm: 1.4 } as const;

export const useScores = create<ScoresState>((set) => ({
  confirmed: {},
  references: {},
  hypoxia: { ...DEFAULT_HYPOXIA },
  measured: {},
  hypoxiaResults: [],
  busy: null,
  note: null,
  set: (patch) => set(patch),
}));
