import type { AppState } from '../../app/store';
import { formatDate } from '../overlay/formatDicom';
import type { UidLookup } from './readerMessage';

/** Names for the UIDs the store knows: a series by number and description, a study by date and description. */
export function uidLookup(s: Pick<AppState, 'series' | 'studies'>): UidLookup {
  return (uid) => {
    const series = s.series[uid];
    if (series) return series;
    const st = s.studies[uid];
    return st ? [formatDate(st.studyDate), st.studyDescription].filter(Boolean).join(' ') || 'this study' : undefined;
  };
}
