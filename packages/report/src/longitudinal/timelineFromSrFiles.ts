import type { CriteriaName } from '@caliper/response';
import { buildTimeline } from './buildTimeline';
import { sourceFromSr } from './sourceFromSr';
import type { TimelineResult, TimepointSource } from './timepointSource';

export interface TimelineFromSrOptions {
  /** Whose baseline and exclusions apply (see timelineFromReadings). */
  readonly criteria?: CriteriaName;
}

/**
 * The timeline of one patient's TID 1500 SRs, e.g. every SR of the patient found by QIDO or the
 * files given to `caliper response --from-sr`: Caliper's SRs carry tracking UIDs shared across
 * timepoints, the baseline, exclusions and reference values; other tools' SRs still give lesions
 * joined by tracking UID / identifier, the earliest study as baseline. Pure (bytes in, no file
 * access); every error names the file.
 */
export function timelineFromSrFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[], options: TimelineFromSrOptions = {}): TimelineResult {
  const sources: TimepointSource[] = [];
  for (const file of files) {
    const s = sourceFromSr(file);
    if (!s.ok) return s;
    sources.push(s.value);
  }
  return buildTimeline(sources, options.criteria);
}
