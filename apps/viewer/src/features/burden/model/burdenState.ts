import { create } from 'zustand';
import type { BurdenMethod } from '@caliper/engine';
import type { BurdenReply } from './burdenTypes';

/** Where the liver sphere's centre came from: a click on the image, or a lesion marked as liver reference. */
export interface LiverChoice {
  readonly centerMm: readonly [number, number, number];
  readonly source: 'click' | 'lesion';
  readonly lesionId?: string;
}

/**
 * UI state of the whole-body burden panel (a feature-local store, as features/measure/brush's
 * useBrush: nothing outside this feature reads it, and readings do not save it yet).
 */
export interface BurdenState {
  /** null: the tracer's default (defaultBurdenMethod). */
  method: BurdenMethod | null;
  excludeAuto: boolean;
  minVolumeMl: number;
  liver: LiverChoice | null;
  /** Centre of the PERCIST blood-pool cylinder (descending aorta), patient LPS mm. */
  blood: readonly [number, number, number] | null;
  /** Waiting for the click that places a reference region. */
  picking: 'liver' | 'blood' | null;
  /** Progress text while a run is under way; null when idle. */
  phase: string | null;
  error: string | null;
  /** The last result and the PET series it was computed on. */
  result: BurdenReply | null;
  seriesUID: string | null;
  /** Lesion ids the reader removed from the result. */
  removed: readonly number[];
  /** Groups of lesion ids the reader merged (each now one lesion under its smallest id). */
  merged: readonly (readonly number[])[];
  /** Lesions ticked in the table (for a merge). */
  selected: readonly number[];
  set: (patch: Partial<Omit<BurdenState, 'set'>>) => void;
}

export const useBurden = create<BurdenState>((set) => ({
  method: null,
  excludeAuto: true,
  minVolumeMl: 0,
  liver: null,
  blood: null,
  picking: null,
  phase: null,
  error: null,
  result: null,
  seriesUID: null,
  removed: [],
  merged: [],
  selected: [],
  set: (patch) => set(patch),
}));
