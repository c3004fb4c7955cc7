import type { StateCreator } from 'zustand';

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
  };
  setPersistence: (patch: Partial<PersistenceSlice['persistence']>) => void;
}

export const createPersistenceSlice: StateCreator<PersistenceSlice, [], [], PersistenceSlice> = (set) => ({
  persistence: { local: 'idle', pacs: 'idle' },
  setPersistence: (patch) => set((s) => ({ persistence: { ...s.persistence, ...patch } })),
});
