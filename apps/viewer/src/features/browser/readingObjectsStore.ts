import { create } from 'zustand';

interface ReadingObjectsState {
  /** Study UID → modality of each non-image object seen (SR, SEG, ...), for the browser's note. */
  readonly byStudy: Readonly<Record<string, readonly string[]>>;
  add: (studyInstanceUID: string, modalities: readonly string[]) => void;
}

/** Reading objects (SR/SEG/PR/KO...) kept out of the series list; the study browser notes them. */
export const useReadingObjects = create<ReadingObjectsState>((set) => ({
  byStudy: {},
  add: (study, modalities) =>
    set((s) => (modalities.length ? { byStudy: { ...s.byStudy, [study]: [...(s.byStudy[study] ?? []), ...modalities] } } : s)),
}));
