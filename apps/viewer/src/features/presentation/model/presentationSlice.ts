import type { StateCreator } from 'zustand';
import type { BoardTheme, Therapy } from '@caliper/board';
import type { KeyImage, KeyImageProgress } from './keyImage';

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
  /** Key images: per target lesion at baseline, nadir and current, plus views the presenter added. */
  keyImages: readonly KeyImage[];
  keyImageProgress: KeyImageProgress;
  /** Baseline–nadir–current of the presented lesion side by side over the viewports. */
  trio: boolean;
  /** The PDF summary prints patient identifiers only when the presenter ticks this. */
  includeIdentifiers: boolean;
  paper: 'a4' | 'letter';
  /** Last export's outcome (PDF/PNG), shown in the summary. */
  exportStatus: { readonly state: 'idle' | 'working' | 'done' | 'error'; readonly message?: string };
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
  keyImages: [],
  keyImageProgress: { state: 'idle', done: 0, total: 0 },
  trio: false,
  includeIdentifiers: false,
  paper: 'a4',
  exportStatus: { state: 'idle' },
  setPresentation: (patch) => set(patch),
});
