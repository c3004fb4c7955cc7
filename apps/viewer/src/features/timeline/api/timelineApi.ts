import type { Vec3 } from '@caliper/core';
import { appStore } from '../../../app/store';
import { applyLandmark } from '../compare/applyLandmark';
import { compareMatches, openCompare, setCompareSeries } from '../compare/openCompare';
import type { AlignmentRecord } from '../model/alignmentRecord';
import type { SeriesMatch } from '../model/matchSeries';
import { selectTimelines, timelineOfStudy } from '../model/selectTimelines';
import type { PatientTimeline } from '../model/types';
import { timelineFacts, type TimelineFacts } from '../model/readingLongitudinal';

/** What `caliper.timeline.compare` resolves to: the series shown and how they are aligned. */
export interface CompareResult {
  readonly priorSeriesUID: string;
  readonly currentSeriesUID: string;
  readonly alignment: AlignmentRecord | null;
}

/** `window.caliper.timeline` (docs/api.md, "Timeline and comparison"). */
export interface TimelineApi {
  /** Every patient's timeline, oldest study first, with baseline, exclusions and identity warnings. */
  list(): PatientTimeline[];
  /** Makes a study its patient's baseline (days are counted from it). */
  setBaseline(studyInstanceUID: string): void;
  /** Excludes (true) or includes again (false) a study. */
  exclude(studyInstanceUID: string, excluded: boolean): void;
  /** Prior | current side by side, synchronised; resolves once synchronised. */
  compare(priorStudyUID: string, currentStudyUID: string, opts?: { priorSeriesUID?: string; currentSeriesUID?: string }): Promise<CompareResult>;
  /** Series pairs of two studies as matched (modality, body part, orientation, description), best first. */
  matches(priorStudyUID: string, currentStudyUID: string): Promise<SeriesMatch[]>;
  /** Shows another series on one side of the open comparison; resolves once synchronised. */
  setSeries(side: 'prior' | 'current', seriesInstanceUID: string): Promise<CompareResult>;
  /** The open comparison's alignment (current LPS → prior LPS), or null. */
  alignment(): AlignmentRecord | null;
  /** One-landmark correction: the same anatomy in the prior and the current (each its own LPS mm). */
  correct(priorMm: Vec3, currentMm: Vec3): AlignmentRecord;
  /** The timeline's part of a study's reading (patient, date, baseline, exclusions, its alignment), or null. */
  facts(studyInstanceUID: string): TimelineFacts | null;
}

function knownStudy(uid: string) {
  const t = timelineOfStudy(appStore.getState(), uid);
  if (!t) throw new Error(`unknown study ${uid}`);
  return t;
}

function result(): CompareResult {
  const s = appStore.getState();
  if (s.compareStatus.state === 'error') throw new Error(s.compareStatus.message ?? 'comparison failed');
  return { priorSeriesUID: s.assignments[0]?.seriesUID ?? '', currentSeriesUID: s.assignments[1]?.seriesUID ?? '', alignment: s.compareAlignment };
}

export const timelineApi: TimelineApi = {
  list: () => structuredClone(selectTimelines(appStore.getState())),
  setBaseline: (uid) => {
    const t = knownStudy(uid);
    if (appStore.getState().timelineExcluded[uid]) throw new Error(`study ${uid} is excluded: include it before making it the baseline`);
    appStore.getState().setTimelineBaseline(t.key, uid);
  },
  exclude: (uid, excluded) => {
    knownStudy(uid);
    appStore.getState().setTimelineExcluded(uid, excluded);
  },
  compare: async (prior, current, opts) => {
    await openCompare(prior, current, opts);
    return result();
  },
  matches: (prior, current) => compareMatches(prior, current),
  setSeries: async (side, uid) => {
    await setCompareSeries(side, uid);
    return result();
  },
  alignment: () => appStore.getState().compareAlignment,
  correct: (priorMm, currentMm) => applyLandmark(priorMm, currentMm),
  facts: (uid) => timelineFacts(knownStudy(uid), uid, appStore.getState().compareAlignment) ?? null,
};
