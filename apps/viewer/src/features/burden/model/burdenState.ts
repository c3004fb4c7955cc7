import { create } from 'zustand';
import type { BurdenMethod } from '@caliper/engine';
import type { BurdenReply } from './burdenTypes';
import type { BurdenHistory } from './burdenHistory';
import { EMPTY_HISTORY } from './burdenHistory';

/** Where the liver sphere's centre came from: a click on the image, or a lesion marked as liver reference. */
export interface LiverChoice {
  readonly centerMm: readonly [number, number, number];
  readonly source: 'click' | 'lesion';
  readonly lesionId?: string;
}

/** The reader's editing mode: a click adds a lesion, clicks split the selected one, the brush paints or erases the exclusion. */
export type BurdenEditMode = 'add' | 'split' | 'paint' | 'erase';

/**
 * UI state of the whole-body burden panel (a feature-local store, as features/measure/brush's
 * useBrush: nothing outside this feature reads it, and readings do not save it yet).
 * Every edit makes a new `result`; the effective lesions are `result.lesions` minus `removed`.
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
  /** Lesion ids the reader added by a click (kept through an exclusion re-run even when the threshold run misses them). */
  added: readonly number[];
  /** Lesions ticked in the table (for a merge or a split). */
  selected: readonly number[];
  /** The editing mode, null when none. */
  editing: BurdenEditMode | null;
  /** Exclusion brush radius, mm (a sphere on the PET grid). */
  brushRadiusMm: number;
  /** Points clicked so far for a split, patient LPS mm. */
  splitPoints: readonly (readonly [number, number, number])[];
  /** Why the last edit was refused (e.g. "below the threshold"); null when it worked. */
  editMessage: string | null;
  /** Undo/redo of burden edits (add, remove, merge, split, exclusion). */
  history: BurdenHistory;
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
  added: [],
  selected: [],
  editing: null,
  brushRadiusMm: 10,
  splitPoints: [],
  editMessage: null,
  history: EMPTY_HISTORY,
  set: (patch) => set(patch),
}));
