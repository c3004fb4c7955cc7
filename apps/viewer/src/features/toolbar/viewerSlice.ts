import type { StateCreator } from 'zustand';

export type LeftTool = 'windowLevel' | 'pan' | 'zoom' | 'scroll' | 'crosshairs';

export interface ViewerSlice {
  leftTool: LeftTool;
  overlaysVisible: boolean;
  /** Screen-share mode: hide patient name/ID/birth date everywhere. */
  hideIdentifiers: boolean;
  helpOpen: boolean;
  dicomWebOpen: boolean;
  cinePlaying: boolean;
  cineFps: number;
  /** PET-over-CT opacity, 0..1. */
  fusionOpacity: number;
  /** PET display range, SUVbw. */
  petRange: readonly [number, number];
  setViewer: (patch: Partial<Omit<ViewerSlice, 'setViewer'>>) => void;
}

export const createViewerSlice: StateCreator<ViewerSlice, [], [], ViewerSlice> = (set) => ({
  leftTool: 'windowLevel',
  overlaysVisible: true,
  hideIdentifiers: false,
  helpOpen: false,
  dicomWebOpen: false,
  cinePlaying: false,
  cineFps: 10,
  fusionOpacity: 0.5,
  petRange: [0, 5],
  setViewer: (patch) => set(patch),
});
