import type { CriteriaName } from '@caliper/response';
import type { Reading } from '../model/schema';
import { buildTimeline } from './buildTimeline';
import { sourceFromReading } from './sourceFromReading';
import type { TimelineResult, TimepointSource } from './timepointSource';

/**
 * The timeline of one patient's saved readings (pure: no storage access). Each reading needs its
 * `longitudinal` block. `criteria` picks whose baseline and exclusions apply: the latest reading
 * read under it (default: the latest reading); readings are not filtered by criterion, since the
 * same measurements serve e.g. RECIST 1.1 and iRECIST.
 */
export function timelineFromReadings(readings: readonly Reading[], criteria?: CriteriaName): TimelineResult {
  const sources: TimepointSource[] = [];
  for (const reading of readings) {
    const s = sourceFromReading(reading);
    if (!s.ok) return s;
    sources.push(s.value);
  }
  return buildTimeline(sources, criteria);
}
