import type { StateCreator } from 'zustand';

/** Value under the cursor, in real units, and its patient coordinate (LPS mm). */
export interface CursorReadout {
  readonly viewportId: string;
  readonly value: number | null;
  readonly unit: string;
  readonly lps: readonly [number, number, number];
  readonly ijk?: readonly [number, number, number];
  /** A fused pane: each layer's value at the same point (CT HU, PET SUVbw), bottom layer first. */
  readonly layers?: readonly { readonly value: number | null; readonly unit: string }[];
  /** A MIP: the value and point are the hottest voxel along the ray under the cursor. */
  readonly mip?: boolean;
}

/** What the overlay of one viewport shows, refreshed by the event bridge. */
export interface ViewportInfo {
  /**
   * Slice number, 1-based, the same in stack, MPR and fusion views for the same plane: the voxel
   * plane along the viewed acquisition axis, in slice order (viewports/navigation/sliceNumber).
   */
  readonly sliceNumber: number;
  readonly sliceCount: number;
  /** Patient-direction letters on the four edges (from the camera, LPS). */
  readonly markers?: { readonly top: string; readonly bottom: string; readonly left: string; readonly right: string };
  /** Display scale, mm per CSS pixel (scale bar). */
  readonly mmPerPx?: number;
  /** A maximum intensity projection: its slab spans the volume, so it has no slice number. */
  readonly mip?: boolean;
  /** A MIP's rotation about the body axis, degrees (0 anterior, 90 from the patient's left). */
  readonly mipAngle?: number;
  /** Two or more volume layers (PET over CT): the pane carries the PET colour bar. */
  readonly fused?: boolean;
  /** Diffusion b-value of the shown image, s/mm², and the tag it came from. */
  readonly bValue?: { readonly value: number; readonly source: string };
  /** Slice location along the view normal, mm. */
  readonly slicePosition?: number;
  readonly sliceThickness?: number;
  readonly windowWidth?: number;
  readonly windowCenter?: number;
  readonly seriesUID?: string;
  /** Display unit of the pane's PET layer: SUVbw, or Bq/mL (or raw) when SUV cannot be computed. */
  readonly petUnit?: string;
  readonly rendered: boolean;
}

export interface ReadoutSlice {
  cursor: CursorReadout | null;
  viewportInfo: Record<string, ViewportInfo>;
  /** The patient point (LPS mm) the linked slice panes of a PET/CT display show (the MIP marks its level). */
  linkedPoint: readonly [number, number, number] | null;
  setCursor: (c: CursorReadout | null) => void;
  setLinkedPoint: (p: readonly [number, number, number] | null) => void;
  setViewportInfo: (id: string, info: ViewportInfo) => void;
}

export const createReadoutSlice: StateCreator<ReadoutSlice, [], [], ReadoutSlice> = (set) => ({
  cursor: null,
  viewportInfo: {},
  linkedPoint: null,
  setCursor: (cursor) => set({ cursor }),
  setLinkedPoint: (linkedPoint) => set({ linkedPoint }),
  setViewportInfo: (id, info) => set((s) => ({ viewportInfo: { ...s.viewportInfo, [id]: info } })),
});
