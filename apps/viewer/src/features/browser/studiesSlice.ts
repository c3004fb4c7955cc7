import type { StateCreator } from 'zustand';
import type { SeriesEntry, StudyEntry } from '../../app/types';

export interface StudiesSlice {
  studies: Record<string, StudyEntry>;
  series: Record<string, SeriesEntry>;
  thumbnails: Record<string, string>;
  addStudy: (study: StudyEntry, series: readonly SeriesEntry[]) => void;
  updateSeries: (uid: string, patch: Partial<SeriesEntry>) => void;
  /** Adds a series computed by Caliper (e.g. an ADC map) to its already listed study. */
  addDerivedSeries: (entry: SeriesEntry) => void;
  removeSeries: (uid: string) => void;
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
  addDerivedSeries: (entry) =>
    set((s) => (s.studies[entry.studyInstanceUID] ? { series: { ...s.series, [entry.seriesInstanceUID]: entry } } : {})),
  removeSeries: (uid) =>
    set((s) => {
      if (!s.series[uid]) return {};
      const { [uid]: _gone, ...series } = s.series;
      const { [uid]: _thumb, ...thumbnails } = s.thumbnails;
      return { series, thumbnails };
    }),
  setThumbnail: (uid, url) => set((s) => ({ thumbnails: { ...s.thumbnails, [uid]: url } })),
});
