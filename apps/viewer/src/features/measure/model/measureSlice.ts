import type { StateCreator } from 'zustand';
import type { SuvOverrides } from '@caliper/dicom';
import type { PetThresholdMode } from '@caliper/engine';
import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/types';
import type { GrowReply } from '../worker/createMeasureApi';
import type { GrowBounds } from '../worker/growDefaults';
import type { ShapeMeasurement } from '../worker/measureShape';
import type { Lesion } from './lesion';
import type { PlausibilityLimits } from './plausibility';
import { DEFAULT_PLAUSIBILITY } from './plausibility';

/**
 * The measure tools a user can put on the left mouse button. 'edit' draws nothing: it is the one
 * tool with which a left drag moves or resizes any (unlocked) measurement.
 */
export type MeasureToolId = 'edit' | 'bidirectional' | 'length' | 'ellipse' | 'circle' | 'rectangle' | 'freehand' | 'spline' | 'sphere' | 'grow'
  | 'brush' | 'eraser' | 'scissors' | 'scissorsCircle' | 'scissorsSphere';

/** A result of one lesion on one series, tagged with the shape version it was computed for. */
export interface LesionResult {
  readonly version: number;
  readonly measurement?: ShapeMeasurement;
  readonly error?: string;
}

export interface GrowPreview {
  readonly seriesUID: string;
  readonly viewportId: string;
  readonly seedMm: readonly [number, number, number];
  /** Bounds asked for (undefined = defaults from the local intensity, filled in by the reply). */
  readonly bounds?: GrowBounds;
  readonly version: number;
  readonly reply?: GrowReply & { readonly version: number };
  readonly error?: string;
}

/** SUV state of a PET series: its unit, why SUV is missing, and the user's overrides. */
export interface SuvState {
  readonly unit: string;
  readonly error?: string;
  readonly method?: string;
  /** SUL per SUVbw (LBM Janmahasatian / weight) when height and weight are known (PERCIST SULpeak). */
  readonly sulPerSuvbw?: number;
}

/** A question put to the reader before an implausible result becomes a lesion (features/measure/ui/ConfirmImplausible). */
export interface PendingConfirm {
  readonly title: string;
  readonly reasons: readonly string[];
}

export type PetThresholdSetting = { readonly kind: 'off' } | PetThresholdMode;

export interface MeasureSlice {
  measureTool: MeasureToolId | null;
  lesions: readonly Lesion[];
  selectedLesionId: string | null;
  /** Current shape version of each lesion or in-progress annotation (a global, increasing counter). */
  liveVersion: Readonly<Record<string, number>>;
  /** The lesion/annotation being drawn or edited (its numbers are shown live). */
  activeId: string | null;
  /** lesionId → seriesUID → latest result. */
  results: Readonly<Record<string, Readonly<Record<string, LesionResult>>>>;
  undoStack: readonly Command[];
  redoStack: readonly Command[];
  grow: GrowPreview | null;
  suv: Readonly<Record<string, SuvState>>;
  /** SUV inputs the user entered for a PET series (seriesUID → overrides); saved in the reading. */
  suvOverrides: Readonly<Record<string, SuvOverrides>>;
  petThreshold: PetThresholdSetting;
  /** Liver reference (mean, SD in the PET unit) for PERCIST. */
  liverReference: { readonly mean: number; readonly sd: number; readonly unit: string } | null;
  /** Limits beyond which a new measurement asks before it becomes a lesion (or is dropped as a slip). */
  plausibility: PlausibilityLimits;
  /** The open "keep this implausible result?" question, if any. */
  confirm: PendingConfirm | null;
  setMeasure: (patch: Partial<Pick<MeasureSlice, 'measureTool' | 'selectedLesionId' | 'grow' | 'petThreshold' | 'liverReference' | 'activeId' | 'plausibility' | 'confirm'>>) => void;
  /** Run an undoable command (clears the redo stack). */
  runCommand: (cmd: Command) => void;
  undo: () => Command | null;
  redo: () => Command | null;
  /** Store a result; ignored unless it is for the current shape version. */
  setResult: (lesionId: string, seriesUID: string, r: LesionResult) => void;
  setLiveVersion: (id: string, version: number) => void;
  setSuv: (seriesUID: string, s: SuvState) => void;
  setSuvOverrides: (seriesUID: string, o: SuvOverrides) => void;
}

export const createMeasureSlice: StateCreator<MeasureSlice, [], [], MeasureSlice> = (set, get) => ({
  measureTool: null,
  lesions: [],
  selectedLesionId: null,
  liveVersion: {},
  activeId: null,
  results: {},
  undoStack: [],
  redoStack: [],
  grow: null,
  suv: {},
  suvOverrides: {},
  petThreshold: { kind: 'off' },
  liverReference: null,
  plausibility: DEFAULT_PLAUSIBILITY,
  confirm: null,
  setMeasure: (patch) => set(patch),
  runCommand: (cmd) => {
    const a = applyCommand(get().lesions, cmd, { at: new Date().toISOString(), via: 'edit' });
    set({ lesions: a.lesions, undoStack: [...get().undoStack, a.inverse], redoStack: [] });
  },
  undo: () => {
    const s = get();
    const cmd = s.undoStack[s.undoStack.length - 1];
    if (!cmd) return null;
    const a = applyCommand(s.lesions, cmd, { at: new Date().toISOString(), via: 'undo' });
    set({ lesions: a.lesions, undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, a.inverse] });
    return cmd;
  },
  redo: () => {
    const s = get();
    const cmd = s.redoStack[s.redoStack.length - 1];
    if (!cmd) return null;
    const a = applyCommand(s.lesions, cmd, { at: new Date().toISOString(), via: 'redo' });
    set({ lesions: a.lesions, redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, a.inverse] });
    return cmd;
  },
  setResult: (lesionId, seriesUID, r) => {
    // A result for any other shape version than the current one is stale: drop it.
    if (get().liveVersion[lesionId] !== r.version) return;
    set({ results: { ...get().results, [lesionId]: { ...get().results[lesionId], [seriesUID]: r } } });
  },
  setLiveVersion: (id, version) => set({ liveVersion: { ...get().liveVersion, [id]: version } }),
  setSuv: (seriesUID, s) => set({ suv: { ...get().suv, [seriesUID]: s } }),
  setSuvOverrides: (seriesUID, o) => set({ suvOverrides: { ...get().suvOverrides, [seriesUID]: o } }),
});
