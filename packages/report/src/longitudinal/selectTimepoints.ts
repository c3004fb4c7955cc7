import type { CriteriaName } from '@caliper/response';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { TimepointSource } from './timepointSource';

const byDate = (a: TimepointSource, b: TimepointSource): number => a.studyDate.localeCompare(b.studyDate) || a.savedAt.localeCompare(b.savedAt);

/**
 * The timepoints of the timeline, baseline first: the latest reading of each study (a study saved
 * twice to the PACS has two SRs), the reader's exclusions left out, studies before the baseline
 * left out. Baseline and exclusions are those of the latest-dated reading that records them (of
 * those read under `criteria` when given): the reader's most recent decision. Without any (other
 * tools' SRs), the earliest study is the baseline. Two studies on one date are refused: a
 * timepoint is a date.
 */
export function selectTimepoints(sources: readonly TimepointSource[], criteria?: CriteriaName): Result<TimepointSource[]> {
  const latest = new Map<string, TimepointSource>();
  for (const s of sources) {
    const prev = latest.get(s.studyInstanceUID);
    if (prev === undefined || s.savedAt > prev.savedAt) latest.set(s.studyInstanceUID, s);
  }
  const studies = [...latest.values()].sort(byDate);
  const withSettings = studies.filter((s) => s.baselineStudyInstanceUID !== undefined);
  const governing = [...withSettings].reverse().find((s) => criteria === undefined || s.criteria === criteria) ?? withSettings.at(-1);
  const excluded = new Set(governing?.excludedStudyInstanceUIDs ?? []);
  const baselineUid = governing?.baselineStudyInstanceUID ?? studies[0].studyInstanceUID;
  const baseline = studies.find((s) => s.studyInstanceUID === baselineUid);
  if (baseline === undefined) return err(`${governing!.label}: its baseline study ${baselineUid} is not among the given readings`);
  if (excluded.has(baselineUid)) return err(`${governing!.label}: the baseline study ${baselineUid} is also excluded`);
  const kept = studies.filter((s) => !excluded.has(s.studyInstanceUID) && s.studyDate >= baseline.studyDate);
  for (let t = 1; t < kept.length; t++) {
    const a = kept[t - 1], b = kept[t];
    if (a.studyDate === b.studyDate) {
      return err(`${a.label} and ${b.label}: studies ${a.studyInstanceUID} and ${b.studyInstanceUID} are both dated ${a.studyDate}; a timeline has one timepoint per date (exclude one of them)`);
    }
  }
  return ok(kept);
}
