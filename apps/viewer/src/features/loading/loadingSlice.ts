import type { StateCreator } from 'zustand';

export interface Progress {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface LoadingSlice {
  /** Active loads by key (e.g. 'volume:<uid>', 'files'). */
  progress: Record<string, Progress>;
  setProgress: (key: string, p: Progress | null) => void;
}

export const createLoadingSlice: StateCreator<LoadingSlice, [], [], LoadingSlice> = (set) => ({
  progress: {},
  setProgress: (key, p) =>
    set((s) => {
      const next = { ...s.progress };
      if (p === null) delete next[key];
      else next[key] = p;
      return { progress: next };
    }),
});
