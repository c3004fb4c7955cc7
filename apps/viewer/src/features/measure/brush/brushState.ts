import { create } from 'zustand';

/** UI state of the brush tools: brush radius (mm) and the lesion whose segment is being edited. */
export interface BrushState {
  sizeMm: number;
  /** Lesion edited by the next stroke (null: the next stroke starts a new lesion). */
  targetLesionId: string | null;
  /** Viewport whose labelmap is ready to paint (null while it is being prepared). */
  readyViewportId: string | null;
  set: (patch: Partial<Pick<BrushState, 'sizeMm' | 'targetLesionId' | 'readyViewportId'>>) => void;
}

export const useBrush = create<BrushState>((set) => ({
  sizeMm: 5,
  targetLesionId: null,
  readyViewportId: null,
  set: (patch) => set(patch),
}));
