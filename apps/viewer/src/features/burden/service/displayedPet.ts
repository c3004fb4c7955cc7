import type { AppState } from '../../../app/store';
import { viewportCount } from '../../layout/layoutSlice';

/** The PET series shown in the current layout (fusion: its PET overlay), first viewport first; null when none. */
export function displayedPet(s: AppState): string | null {
  const n = viewportCount(s.layout);
  for (let i = 0; i < n; i++) {
    const a = s.assignments[i];
    if (!a) continue;
    for (const uid of [a.overlayUID, a.seriesUID]) if (uid && s.series[uid]?.modality === 'PT') return uid;
  }
  return null;
}
