import type { StateCreator } from 'zustand';
import type { CriteriaName, ResponseOptions } from '@caliper/response';
import { DEFAULT_OPTIONS } from '@caliper/response';

export interface ResponseSlice {
  /** Criterion applied in the Response panel (saved with the reading). */
  responseCriteria: CriteriaName;
  responseOptions: ResponseOptions;
  /** The wide lesion × timepoint table over the viewports is open. */
  responseTableOpen: boolean;
  /** Bumped when a whole-body burden or its confirmed scores change (they live outside this store). */
  responseBurdenTick: number;
  bumpResponseBurden: () => void;
  setResponseCriteria: (c: CriteriaName) => void;
  setResponseOptions: (patch: Partial<ResponseOptions>) => void;
  setResponseTableOpen: (open: boolean) => void;
}

export const createResponseSlice: StateCreator<ResponseSlice, [], [], ResponseSlice> = (set) => ({
  responseCriteria: 'recist1.1',
  responseOptions: DEFAULT_OPTIONS,
  responseTableOpen: false,
  responseBurdenTick: 0,
  bumpResponseBurden: () => set((s) => ({ responseBurdenTick: s.responseBurdenTick + 1 })),
  setResponseCriteria: (responseCriteria) => set({ responseCriteria }),
  setResponseOptions: (patch) => set((s) => ({ responseOptions: { ...s.responseOptions, ...patch } })),
  setResponseTableOpen: (responseTableOpen) => set({ responseTableOpen }),
});
