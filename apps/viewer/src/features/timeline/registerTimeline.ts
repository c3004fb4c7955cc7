import { featurePanels, mainPanels } from '../../app/featurePanels';
import { startCompareController } from './compare/startCompareController';
import { startLandmarkPicker } from './compare/landmarkPicker';
import { startTimelinePersistence } from './persist/timelinePersistence';
import { timelineApi } from './api/timelineApi';
import { TimelinePanel } from './ui/TimelinePanel';
import { CompareBar } from './ui/CompareBar';

/** Hooks the timeline into the shell: sidebar panel, compare bar, synchronisation, saved choices, `caliper.timeline`. */
export function registerTimeline(): void {
  if (featurePanels.some((p) => p.id === 'timeline')) return;
  featurePanels.push({ id: 'timeline', Component: TimelinePanel });
  mainPanels.push({ id: 'compare', Component: CompareBar });
  startTimelinePersistence();
  startCompareController();
  startLandmarkPicker();
  window.caliper.extend('timeline', timelineApi);
}
