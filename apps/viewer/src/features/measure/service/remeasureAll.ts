import { appStore } from '../../../app/store';
import { measureLesion } from './measureLesion';

/** Re-measure every lesion (after a change of scaling, e.g. SUV inputs entered); versions stay. */
export function remeasureAll(): void {
  const s = appStore.getState();
  for (const l of s.lesions) {
    s.setLiveVersion(l.id, l.version);
    void measureLesion(l.id, l.shape, l.version, l.seriesUIDs);
  }
  if (s.activeId && !s.lesions.some((l) => l.id === s.activeId)) s.setMeasure({ activeId: null });
}
