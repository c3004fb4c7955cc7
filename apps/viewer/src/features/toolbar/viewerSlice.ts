import type { StateCreator } from 'zustand';
import type { UiPrefs } from './uiPrefs';
import type { PetColormapId } from '../fusion/petColormaps';
import { clampSidebarWidth, loadUiPrefs, saveUiPrefs } from './uiPrefs';

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
  /** PET colour map of the fused view (features/fusion/petColormaps). */
  petColormap: PetColormapId;
  /** Rotating MIP: playing, and its speed in degrees per second. */
  mipRotating: boolean;
  mipSpeed: number;
  /** Theme, sidebar width, folded sections, lesion-table columns (kept in localStorage). */
  ui: UiPrefs;
  setViewer: (patch: Partial<Omit<ViewerSlice, 'setViewer' | 'setUi' | 'ui'>>) => void;
  setUi: (patch: Partial<UiPrefs>) => void;
}

export const createViewerSlice: StateCreator<ViewerSlice, [], [], ViewerSlice> = (set, get) => ({
  leftTool: 'windowLevel',
  overlaysVisible: true,
  hideIdentifiers: false,
  helpOpen: false,
  dicomWebOpen: false,
  cinePlaying: false,
  cineFps: 10,
  fusionOpacity: 0.5,
  petRange: [0, 5],
  petColormap: 'hotIron',
  mipRotating: false,
  mipSpeed: 30,
  ui: loadUiPrefs(),
  setViewer: (patch) => set(patch),
  setUi: (patch) => {
    const ui = { ...get().ui, ...patch, ...(patch.sidebarWidth !== undefined ? { sidebarWidth: clampSidebarWidth(patch.sidebarWidth) } : {}) };
    set({ ui });
    saveUiPrefs(ui);
  },
});
