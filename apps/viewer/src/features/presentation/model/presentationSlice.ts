import type { StateCreator } from 'zustand';
import type { BoardTheme, Therapy } from '@caliper/board';

export interface PresentationSlice {
  /** Tumour-board presentation mode: full-window viewports + case summary, identifiers hidden. */
  presenting: boolean;
  presentationTheme: BoardTheme;
  /** Shown instead of any identifier (summary header, document title). */
  caseLabel: string;
  /** Laser-pointer dot following the mouse (visible to viewers of a screen share). */
  laser: boolean;
  /** Index into the summary's tracked lesions / the course's timepoints being presented. */
  presentLesion: number;
  presentTimepoint: number;
  /** Lines of therapy the presenter entered (bands on the plots). */
  therapies: readonly Therapy[];
  setPresentation: (patch: Partial<Omit<PresentationSlice, 'setPresentation'>>) => void;
}

export const createPresentationSlice: StateCreator<PresentationSlice, [], [], PresentationSlice> = (set) => ({
  presenting: false,
  presentationTheme: 'dark',
  caseLabel: 'Case',
  laser: false,
  presentLesion: -1,
  presentTimepoint: -1,
  therapies: [],
  setPresentation: (patch) => set(patch),
});
