import type { StateCreator } from 'zustand';
import type { LayoutId } from '../../app/types';
import type { HangingProtocol } from './model/schema';

/** The hanging on screen: which protocol arranged which study, and what else fits that study. */
export interface ActiveHanging {
  readonly protocolId: string;
  readonly studyInstanceUID: string;
  readonly layout: LayoutId;
  /** "This kind of study" (studyKindOf): the key a remembered choice is stored under. */
  readonly kind: string;
  /** Ids of the protocols that fit the study, best first (the picker's list). */
  readonly candidates: readonly string[];
  /** Each pane's label from the protocol, and whether the study had no series for it. */
  readonly panes: readonly { readonly label: string; readonly empty: boolean; /** A pane for a series Caliper computes (a perfusion map): empty until it is computed. */ readonly derived?: boolean }[];
}

export interface HangingSlice {
  /**
   * The site's protocols (public/hanging-protocols.json), else the built-in ones; empty until the
   * lazy hanging feature registers (zod stays out of the start-up bundle).
   */
  hangingProtocols: readonly HangingProtocol[];
  /** Where the protocols came from: the served file, or built-in because it was missing/invalid. */
  hangingSource: 'file' | 'built-in';
  activeHanging: ActiveHanging | null;
  /** Panes of the active hanging still being computed (Caliper's ADC map): pane index → its progress key. */
  hangingPending: Readonly<Record<number, string>>;
  setHangingProtocols: (protocols: readonly HangingProtocol[], source: 'file' | 'built-in') => void;
  setActiveHanging: (a: ActiveHanging | null) => void;
  setHangingPending: (pending: Readonly<Record<number, string>>) => void;
}

export const createHangingSlice: StateCreator<HangingSlice, [], [], HangingSlice> = (set) => ({
  hangingProtocols: [],
  hangingSource: 'built-in',
  activeHanging: null,
  hangingPending: {},
  setHangingProtocols: (hangingProtocols, hangingSource) => set({ hangingProtocols, hangingSource }),
  setActiveHanging: (activeHanging) => set({ activeHanging }),
  setHangingPending: (hangingPending) => set({ hangingPending }),
});
