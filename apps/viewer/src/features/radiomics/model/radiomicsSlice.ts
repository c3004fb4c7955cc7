import type { StateCreator } from 'zustand';
import type { RadiomicsSettings } from '@caliper/engine';
import type { LesionRadiomicsState, RadiomicsJob } from './radiomicsTypes';

export interface RadiomicsSlice {
  /** The Radiomics panel is expanded (key Q). */
  radiomicsOpen: boolean;
  /** Chosen configuration: a preset letter A–E, or the name of a saved custom setting. */
  radiomicsConfig: string;
  /** Custom settings saved in this browser (localStorage), each resolved and named. */
  radiomicsCustom: readonly RadiomicsSettings[];
  /** lesionId → its features (and robustness). */
  radiomicsByLesion: Readonly<Record<string, LesionRadiomicsState>>;
  radiomicsJob: RadiomicsJob | null;
  radiomicsError: string | null;
  /** Search box text (name, IBSI code, family, aggregation). */
  radiomicsQuery: string;
  setRadiomics: (patch: Partial<Pick<RadiomicsSlice, 'radiomicsOpen' | 'radiomicsConfig' | 'radiomicsCustom' | 'radiomicsJob' | 'radiomicsError' | 'radiomicsQuery'>>) => void;
  /** Set (or with null, drop) a lesion's radiomics. */
  setLesionRadiomics: (lesionId: string, r: LesionRadiomicsState | null) => void;
  /** Replace several lesions' radiomics at once (a restored reading). */
  mergeLesionRadiomics: (byLesion: Readonly<Record<string, LesionRadiomicsState>>) => void;
}

export const createRadiomicsSlice: StateCreator<RadiomicsSlice, [], [], RadiomicsSlice> = (set, get) => ({
  radiomicsOpen: false,
  radiomicsConfig: 'A',
  radiomicsCustom: [],
  radiomicsByLesion: {},
  radiomicsJob: null,
  radiomicsError: null,
  radiomicsQuery: '',
  setRadiomics: (patch) => set(patch),
  setLesionRadiomics: (lesionId, r) => {
    const { [lesionId]: _old, ...rest } = get().radiomicsByLesion;
    set({ radiomicsByLesion: r ? { ...rest, [lesionId]: r } : rest });
  },
  mergeLesionRadiomics: (byLesion) => set({ radiomicsByLesion: { ...get().radiomicsByLesion, ...byLesion } }),
});
