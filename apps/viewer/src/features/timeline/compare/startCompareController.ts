import { appStore } from '../../../app/store';
import { bindCompare, refollow, unbindCompare } from './compareSession';

/**
 * Keeps synchronisation in step with the store: binds whatever the compare slots show (also a
 * series opened from the browser into one side), unbinds on leaving the layout, and re-applies the
 * alignment or the sync switches when they change.
 */
export function startCompareController(): void {
  appStore.subscribe((s, prev) => {
    if (s.layout !== 'compare') {
      if (prev.layout === 'compare') unbindCompare();
      return;
    }
    const p = s.series[s.assignments[0]?.seriesUID ?? ''];
    const c = s.series[s.assignments[1]?.seriesUID ?? ''];
    if (p && c && (s.layout !== prev.layout || s.assignments !== prev.assignments)) void bindCompare(p, c);
    if (s.compareSync !== prev.compareSync || (s.compareAlignment !== prev.compareAlignment && s.compareAlignment?.method === 'landmark')) refollow();
  });
}
