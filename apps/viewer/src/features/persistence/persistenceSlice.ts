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
    /** Why the last local save failed (the reading stays in this tab's memory whatever the cause). */
    readonly localProblem?: 'quota' | 'unavailable' | 'conflict' | 'other';
    /** Another tab saved this study since this tab loaded it: autosave of it waits for the reader's choice. */
    readonly conflict?: { readonly studyInstanceUID: string; readonly storedRevision: number; readonly message: string };
    /** Another tab has just saved a newer revision of a study open here (BroadcastChannel notice). */
    readonly otherTab?: { readonly studyInstanceUID: string; readonly revision: number };
    /** A refused Save to PACS stays queued: when it is retried by itself (epoch ms) and how many tries failed. */
    readonly pacsRetry?: { readonly attempt: number; readonly at: number | null };
    /** navigator.storage.persist() answer: true when the browser will not evict the readings under storage pressure. */
    readonly persisted?: boolean;
  };
  setPersistence: (patch: Partial<PersistenceSlice['persistence']>) => void;
}

export const createPersistenceSlice: StateCreator<PersistenceSlice, [], [], PersistenceSlice> = (set) => ({
  persistence: { local: 'idle', pacs: 'idle' },
  setPersistence: (patch) => set((s) => ({ persistence: { ...s.persistence, ...patch } })),
});
