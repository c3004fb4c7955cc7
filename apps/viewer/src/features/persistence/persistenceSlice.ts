import type { StateCreator } from 'zustand';

export interface HeldNote {
  readonly studyInstanceUID: string;
  readonly lesionId: string;
  readonly name: string;
  /** Saved values, e.g. "ADC mean 1.10 10^-3 mm2/s". */
  readonly values: string;
  readonly reason: string;
}

export type LocalSaveState = 'idle' | 'saving' | 'saved' | 'error';
export type PacsSaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Where the current reading is kept: this browser (IndexedDB autosave) and the PACS (STOW-RS). */
export interface PersistenceSlice {
  persistence: {
    readonly local: LocalSaveState;
    readonly localError?: string;
    readonly pacs: PacsSaveState;
    readonly pacsError?: string;
    /** Study whose reading the status refers to. */
    readonly studyInstanceUID?: string;
    /** Saved lesions kept with their saved values because they could not be re-measured, and why. */
    readonly held?: readonly HeldNote[];
  };
  setPersistence: (patch: Partial<PersistenceSlice['persistence']>) => void;
}

export const createPersistenceSlice: StateCreator<PersistenceSlice, [], [], PersistenceSlice> = (set) => ({
  persistence: { local: 'idle', pacs: 'idle' },
  setPersistence: (patch) => set((s) => ({ persistence: { ...s.persistence, ...patch } })),
});
