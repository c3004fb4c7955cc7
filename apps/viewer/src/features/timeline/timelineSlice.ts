import type { StateCreator } from 'zustand';
import type { AlignmentRecord } from './model/alignmentRecord';

/** Which synchronisations of the comparison are on. */
export interface CompareSync {
  readonly slice: boolean;
  readonly zoomPan: boolean;
  readonly voi: boolean;
}

/** A landmark correction in progress: first the point in the prior, then the same anatomy in the current. */
export type LandmarkPick = { readonly step: 'prior' } | { readonly step: 'current'; readonly priorMm: readonly [number, number, number] };

export interface TimelineSlice {
  /** Timeline key → baseline study chosen by the reader (default: the earliest). */
  timelineBaselines: Record<string, string>;
  /** Study UID → excluded by the reader. */
  timelineExcluded: Record<string, boolean>;
  /** Studies picked as prior and current in the timeline panel (defaults derived when unset). */
  comparePick: { readonly priorStudyUID?: string; readonly currentStudyUID?: string };
  /** The shown comparison's alignment (null until both series' geometry is known). */
  compareAlignment: AlignmentRecord | null;
  /**
   * 'aligning' while geometry is read; 'ready' once synchronised (`refining` while registration may
   * still replace the initial alignment); an error says why not.
   */
  compareStatus: { readonly state: 'idle' | 'aligning' | 'ready' | 'error'; readonly message?: string; readonly refining?: boolean };
  compareSync: CompareSync;
  landmarkPick: LandmarkPick | null;
  setTimelineBaseline: (timelineKey: string, studyUID: string | undefined) => void;
  setTimelineExcluded: (studyUID: string, excluded: boolean) => void;
  setComparePick: (pick: TimelineSlice['comparePick']) => void;
  setCompareAlignment: (a: AlignmentRecord | null) => void;
  setCompareStatus: (s: TimelineSlice['compareStatus']) => void;
  setCompareSync: (patch: Partial<CompareSync>) => void;
  setLandmarkPick: (p: LandmarkPick | null) => void;
}

export const createTimelineSlice: StateCreator<TimelineSlice, [], [], TimelineSlice> = (set) => ({
  timelineBaselines: {},
  timelineExcluded: {},
  comparePick: {},
  compareAlignment: null,
  compareStatus: { state: 'idle' },
  compareSync: { slice: true, zoomPan: true, voi: true },
  landmarkPick: null,
  setTimelineBaseline: (key, uid) =>
    set((s) => {
      const { [key]: _old, ...rest } = s.timelineBaselines;
      return { timelineBaselines: uid ? { ...rest, [key]: uid } : rest };
    }),
  setTimelineExcluded: (uid, excluded) =>
    set((s) => {
      const { [uid]: _old, ...rest } = s.timelineExcluded;
      return { timelineExcluded: excluded ? { ...rest, [uid]: true } : rest };
    }),
  setComparePick: (comparePick) => set({ comparePick }),
  setCompareAlignment: (compareAlignment) => set({ compareAlignment }),
  setCompareStatus: (compareStatus) => set({ compareStatus }),
  setCompareSync: (patch) => set((s) => ({ compareSync: { ...s.compareSync, ...patch } })),
  setLandmarkPick: (landmarkPick) => set({ landmarkPick }),
});
