import { appStore } from '../../../app/store';
import { defaultPair } from '../model/defaultPair';
import { selectTimelines, timelineOfStudy } from '../model/selectTimelines';
import { openCompareFromUi } from './openCompareFromUi';

/**
 * `T` / the toolbar's Prior|Current: compares the picked (or default) prior and current of the
 * patient on screen — the active viewport's patient, else the first patient with two studies.
 */
export function compareFromShortcut(): void {
  const s = appStore.getState();
  const shown = s.series[s.assignments[s.layout === 'mpr' || s.layout === 'fusion' ? 0 : s.activeViewport]?.seriesUID ?? ''];
  const usable = (t: ReturnType<typeof selectTimelines>[number]) => t.timepoints.filter((p) => !p.excluded).length >= 2;
  const onScreen = shown ? timelineOfStudy(s, shown.studyInstanceUID) : undefined;
  const t = onScreen && usable(onScreen) ? onScreen : selectTimelines(s).find(usable);
  if (!t) {
    s.addErrors([{ source: 'comparison', reason: 'no patient with two included studies is loaded' }]);
    return;
  }
  const pair = defaultPair(t, s.comparePick);
  if (pair.priorStudyUID && pair.currentStudyUID) openCompareFromUi(pair.priorStudyUID, pair.currentStudyUID);
}
