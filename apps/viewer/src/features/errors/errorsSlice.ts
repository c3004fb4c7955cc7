import type { StateCreator } from 'zustand';
import type { LoadError } from '../../app/types';

export interface ErrorsSlice {
  errors: LoadError[];
  addErrors: (errors: readonly LoadError[]) => void;
  clearErrors: () => void;
}

export const createErrorsSlice: StateCreator<ErrorsSlice, [], [], ErrorsSlice> = (set) => ({
  errors: [],
  addErrors: (errors) => {
    if (errors.length) set((s) => ({ errors: [...s.errors, ...errors] }));
  },
  clearErrors: () => set({ errors: [] }),
});
