import { create } from 'zustand';
import type { ScissorsId } from './scissorsTools';

/** UI state of the brush tools: brush radius (mm) and the lesion whose segment is being edited. */
export interface BrushState {
  sizeMm: number;
  /** Lesion edited by the next stroke (null: the next stroke starts a new lesion). */
  targetLesionId: string | null;
  /** Viewport whose labelmap is ready to paint (null while it is being prepared). */
  readyViewportId: string | null;
  /** Scissors shape picked last (the X key picks it again). */
  scissors: ScissorsId;
  /** Scissors erase the shape's voxels instead of filling them. */
  scissorsErase: boolean;
  set: (patch: Partial<Pick<BrushState, 'sizeMm' | 'targetLesionId' | 'readyViewportId' | 'scissors' | 'scissorsErase'>>) => void;
}

export const useBrush = create<BrushState>((set) => ({
  sizeMm: 5,
  targetLesionId: null,
  readyViewportId: null,
  scissors: 'scissors',
  scissorsErase: false,
  set: (patch) => set(patch),
}));
