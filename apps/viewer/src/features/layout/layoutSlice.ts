import type { StateCreator } from 'zustand';
import type { LayoutId } from '../../app/types';

/** What a viewport shows: a series as a stack, or a volume-based view. */
export interface ViewportAssignment {
  readonly seriesUID: string;
  /** For fusion: the PET series over the CT. */
  readonly overlayUID?: string;
}

export interface LayoutSlice {
  layout: LayoutId;
  activeViewport: number;
  /** Viewport index → assignment (stack layouts; compare: 0 = prior, 1 = current); MPR/fusion use slot 0. */
  assignments: Record<number, ViewportAssignment>;
  setLayout: (layout: LayoutId) => void;
  setActiveViewport: (index: number) => void;
  assign: (index: number, a: ViewportAssignment) => void;
  /** Empties every slot (a hanging protocol then fills its panes; an optional pane stays empty). */
  clearAssignments: () => void;
}

export const viewportCount = (layout: LayoutId): number =>
  ({ '1x1': 1, '1x2': 2, '1x3': 3, '2x2': 4, mpr: 3, fusion: 4, compare: 2 })[layout];

export const createLayoutSlice: StateCreator<LayoutSlice, [], [], LayoutSlice> = (set) => ({
  layout: '1x1',
  activeViewport: 0,
  assignments: {},
  setLayout: (layout) => set((s) => ({ layout, activeViewport: Math.min(s.activeViewport, viewportCount(layout) - 1) })),
  setActiveViewport: (activeViewport) => set({ activeViewport }),
  assign: (index, a) => set((s) => ({ assignments: { ...s.assignments, [index]: a } })),
  clearAssignments: () => set({ assignments: {} }),
});
