import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { showStack, whenLayout } from '../../../viewports/controller';
import { isReadingObject } from '../../browser/readingObjects';
import { matchSeries, rankPriors, type SeriesMatch } from '../model/matchSeries';
import { timelineOfStudy } from '../model/selectTimelines';
import { bindCompare, compareSettled } from './compareSession';
import { describeSeries } from './describeSeries';

const seriesOf = (studyUID: string): SeriesEntry[] =>
  Object.values(appStore.getState().series).filter((s) => s.studyInstanceUID === studyUID && !isReadingObject(s) && s.imageIds.length > 0);

/** Series pairs of two studies, best first (reads first headers when the source lists none). */
export async function compareMatches(priorStudyUID: string, currentStudyUID: string): Promise<SeriesMatch[]> {
  await describeSeries([...seriesOf(priorStudyUID), ...seriesOf(currentStudyUID)]);
  return matchSeries(seriesOf(priorStudyUID), seriesOf(currentStudyUID));
}

/** Refuses pairs the reader must not compare: unknown, excluded, the same study, or two patients. */
function checkPair(priorStudyUID: string, currentStudyUID: string): void {
  const s = appStore.getState();
  for (const uid of [priorStudyUID, currentStudyUID]) {
    if (!s.studies[uid]) throw new Error(`unknown study ${uid}`);
    if (s.timelineExcluded[uid]) throw new Error(`study ${uid} is excluded from the timeline`);
  }
  if (priorStudyUID === currentStudyUID) throw new Error('prior and current are the same study');
  if (timelineOfStudy(s, priorStudyUID)?.key !== timelineOfStudy(s, currentStudyUID)?.key) {
    throw new Error('prior and current belong to different patients (Patient ID / issuer): not compared');
  }
}

/** Shows two series side by side (slot 0 prior, slot 1 current) and synchronises them. */
export async function showComparePair(prior: SeriesEntry, current: SeriesEntry): Promise<void> {
  const st = appStore.getState();
  st.setCompareStatus({ state: 'aligning', message: 'Opening prior and current…' });
  st.assign(0, { seriesUID: prior.seriesInstanceUID });
  st.assign(1, { seriesUID: current.seriesInstanceUID });
  st.setLayout('compare');
  await whenLayout('compare');
  await Promise.all([showStack(prior, 0), showStack(current, 1)]);
  await bindCompare(prior, current);
  await compareSettled();
}

/**
 * Prior | current of one patient: the best-matching series pair (CT first; or the given series),
 * side by side, synchronised. Resolves once synchronised; rejects for a pair that must not be compared.
 */
export async function openCompare(priorStudyUID: string, currentStudyUID: string, opts: { priorSeriesUID?: string; currentSeriesUID?: string } = {}): Promise<void> {
  checkPair(priorStudyUID, currentStudyUID);
  const pairs = await compareMatches(priorStudyUID, currentStudyUID);
  const { series } = appStore.getState();
  const pair = opts.currentSeriesUID ? pairs.find((p) => p.currentSeriesUID === opts.currentSeriesUID) : pairs[0];
  const current = series[opts.currentSeriesUID ?? pair?.currentSeriesUID ?? ''];
  const priorUID = opts.priorSeriesUID ?? pair?.priorSeriesUID ?? (current ? rankPriors(current, seriesOf(priorStudyUID))[0]?.priorSeriesUID : undefined);
  const prior = series[priorUID ?? ''];
  if (!prior || !current) throw new Error('no series of the same modality in both studies');
  appStore.getState().setComparePick({ priorStudyUID, currentStudyUID });
  await showComparePair(prior, current);
}

/**
 * The reader changes one side's series. A new current of another modality than the prior brings
 * the prior's best match along (the reader can change it back); a new prior leaves the current.
 */
export async function setCompareSeries(side: 'prior' | 'current', seriesUID: string): Promise<void> {
  const s = appStore.getState();
  const chosen = s.series[seriesUID];
  if (!chosen) throw new Error(`unknown series ${seriesUID}`);
  const other = s.series[s.assignments[side === 'prior' ? 1 : 0]?.seriesUID ?? ''];
  if (!other) throw new Error('no comparison open');
  if (side === 'prior') return showComparePair(chosen, other);
  const rematch = other.modality !== chosen.modality ? rankPriors(chosen, seriesOf(other.studyInstanceUID))[0] : undefined;
  await showComparePair(s.series[rematch?.priorSeriesUID ?? ''] ?? other, chosen);
}
