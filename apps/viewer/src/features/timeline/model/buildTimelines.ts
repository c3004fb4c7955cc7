import type { SeriesEntry, StudyEntry } from '../../../app/types';
import { isReadingObject } from '../../browser/readingObjects';
import { dicomDateToDay, dicomTimeToSeconds } from './dicomDateTime';
import { clean, comparableName, timelineKey } from './patientIdentity';
import type { PatientTimeline, TimelineChoices, Timepoint } from './types';

export type TimelineStudy = Pick<StudyEntry, 'studyInstanceUID' | 'patientName' | 'patientId' | 'issuerOfPatientId' | 'studyDate' | 'studyTime' | 'studyDescription' | 'source'>;
export type TimelineSeries = Pick<SeriesEntry, 'studyInstanceUID' | 'modality'>;

export interface BuildTimelinesOptions {
  /** Series of the studies (for each timepoint's modality chips). */
  readonly series?: readonly TimelineSeries[];
  readonly choices?: TimelineChoices;
}

/** Date order: dated studies first by date then time; undated last; ties by UID (stable). */
function byDate(a: TimelineStudy, b: TimelineStudy): number {
  const da = dicomDateToDay(a.studyDate) ?? Infinity;
  const db = dicomDateToDay(b.studyDate) ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  const ta = dicomTimeToSeconds(a.studyTime) ?? 0;
  const tb = dicomTimeToSeconds(b.studyTime) ?? 0;
  if (ta !== tb) return ta - tb;
  return a.studyInstanceUID < b.studyInstanceUID ? -1 : a.studyInstanceUID > b.studyInstanceUID ? 1 : 0;
}

function identityWarnings(key: string, group: readonly TimelineStudy[], all: ReadonlyMap<string, readonly TimelineStudy[]>): string[] {
  const first = group[0];
  const id = clean(first.patientId);
  if (!id) return ['No Patient ID: this study stays on its own timeline and is never linked to other studies.'];
  const warnings: string[] = [];
  const issuers = new Set<string>();
  for (const [k, g] of all) if (k !== key && clean(g[0].patientId) === id) issuers.add(clean(g[0].issuerOfPatientId));
  for (const other of [...issuers].sort()) {
    warnings.push(`Patient ID ${id} also appears ${other ? `under issuer ${other}` : 'without an issuer'}: kept as a different patient.`);
  }
  const names = [...new Set(group.map((s) => comparableName(s.patientName)))];
  if (names.length > 1) warnings.push(`Patient names differ between these studies (${names.map((n) => n || '(none)').join(' / ')}): check they are the same patient.`);
  for (const s of group) {
    if (dicomDateToDay(s.studyDate) === undefined) warnings.push(`Study ${s.studyDescription || s.studyInstanceUID} has no valid study date: listed last, without a day count.`);
  }
  return warnings;
}

function chooseBaseline(sorted: readonly TimelineStudy[], chosen: string | undefined, excluded: Readonly<Record<string, boolean>>): string | undefined {
  const usable = sorted.filter((s) => !excluded[s.studyInstanceUID]);
  if (chosen && usable.some((s) => s.studyInstanceUID === chosen)) return chosen;
  return (usable.find((s) => dicomDateToDay(s.studyDate) !== undefined) ?? usable[0])?.studyInstanceUID;
}

/**
 * Patients → timelines. Studies share a timeline only when their Patient ID and IssuerOfPatientID
 * are equal (trimmed; an empty issuer is its own value), so studies of different patients are never
 * merged; a study without Patient ID gets a timeline of its own. Timepoints are ordered by
 * StudyDate then StudyTime. The baseline is the reader's choice when it is still a usable study,
 * else the earliest dated one that is not excluded. Identity doubts become `warnings`.
 */
export function buildTimelines(studies: readonly TimelineStudy[], options: BuildTimelinesOptions = {}): PatientTimeline[] {
  const excluded = options.choices?.excluded ?? {};
  const groups = new Map<string, TimelineStudy[]>();
  for (const s of studies) {
    const key = timelineKey(s.patientId, s.issuerOfPatientId, s.studyInstanceUID);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const modalities = new Map<string, Set<string>>();
  for (const se of options.series ?? []) {
    if (isReadingObject(se)) continue;
    const set = modalities.get(se.studyInstanceUID) ?? new Set<string>();
    set.add(se.modality);
    modalities.set(se.studyInstanceUID, set);
  }
  const timelines = [...groups].map(([key, group]): PatientTimeline => {
    const sorted = [...group].sort(byDate);
    const baseline = chooseBaseline(sorted, options.choices?.baselines?.[key], excluded);
    const baseDay = dicomDateToDay(sorted.find((s) => s.studyInstanceUID === baseline)?.studyDate);
    const timepoints = sorted.map((s): Timepoint => {
      const day = dicomDateToDay(s.studyDate);
      return {
        studyInstanceUID: s.studyInstanceUID,
        studyDate: s.studyDate,
        ...(s.studyTime ? { studyTime: s.studyTime } : {}),
        studyDescription: s.studyDescription,
        dayFromBaseline: day !== undefined && baseDay !== undefined ? day - baseDay : null,
        modalities: [...(modalities.get(s.studyInstanceUID) ?? [])].sort(),
        isBaseline: s.studyInstanceUID === baseline,
        excluded: !!excluded[s.studyInstanceUID],
        source: s.source,
      };
    });
    const issuer = clean(sorted[0].issuerOfPatientId);
    return {
      key,
      patientId: clean(sorted[0].patientId),
      ...(issuer ? { issuerOfPatientId: issuer } : {}),
      patientName: sorted[sorted.length - 1].patientName,
      timepoints,
      ...(baseline ? { baselineStudyUID: baseline } : {}),
      warnings: identityWarnings(key, group, groups),
    };
  });
  return timelines.sort((a, b) => comparableName(a.patientName).localeCompare(comparableName(b.patientName)) || a.patientId.localeCompare(b.patientId) || a.key.localeCompare(b.key));
}
