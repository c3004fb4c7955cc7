import type { StateCreator } from 'zustand';
import type { SeriesEntry, StudyEntry } from '../../app/types';

export interface StudiesSlice {
  studies: Record<string, StudyEntry>;
  series: Record<string, SeriesEntry>;
  thumbnails: Record<string, string>;
  addStudy: (study: StudyEntry, series: readonly SeriesEntry[]) => void;
  updateSeries: (uid: string, patch: Partial<SeriesEntry>) => void;
  setThumbnail: (seriesUID: string, dataUrl: string) => void;
}

export const createStudiesSlice: StateCreator<StudiesSlice, [], [], StudiesSlice> = (set) => ({
  studies: {},
  series: {},
  thumbnails: {},
  addStudy: (study, series) =>
    set((s) => ({
      studies: { ...s.studies, [study.studyInstanceUID]: s.studies[study.studyInstanceUID] ?? study },
      series: { ...s.series, ...Object.fromEntries(series.map((x) => [x.seriesInstanceUID, x])) },
    })),
  updateSeries: (uid, patch) =>
    set((s) => (s.series[uid] ? { series: { ...s.series, [uid]: { ...s.series[uid], ...patch } } } : {})),
  setThumbnail: (uid, url) => set((s) => ({ thumbnails: { ...s.thumbnails, [uid]: url } })),
});
