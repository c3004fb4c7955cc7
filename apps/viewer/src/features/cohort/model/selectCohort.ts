import type { CohortPatient, CohortStats } from '@caliper/board';
import { buildCohort } from '@caliper/board';
import type { CriteriaName } from '@caliper/response';
import { assessMember } from './assessMember';
import type { CohortMember, CohortProblem } from './types';

export interface CohortView {
  readonly criteria: CriteriaName;
  readonly stats: CohortStats;
  /** Patients assessed, with the member each came from (label → member id). */
  readonly patients: readonly (CohortPatient & { readonly id: number })[];
  /** Patients left out, with the files and the reason; the rest still shows. */
  readonly problems: readonly CohortProblem[];
}

/** Labels made unique ("Patient 2", "Patient 2 (2)") so lanes and bars never merge. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((raw) => {
    const l = raw.trim() || 'Patient';
    const n = (seen.get(l.toLowerCase()) ?? 0) + 1;
    seen.set(l.toLowerCase(), n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

/**
 * The cohort under `criteria`: every member assessed, those that fail listed as problems (file
 * names and reason), the others in packages/board buildCohort (waterfall order, swimmer, ORR/DCR
 * over the assessed patients).
 */
export function selectCohort(members: readonly CohortMember[], criteria: CriteriaName): CohortView {
  const labels = uniqueLabels(members.map((m) => m.label));
  const patients: (CohortPatient & { id: number })[] = [];
  const problems: CohortProblem[] = [];
  members.forEach((m, i) => {
    const a = assessMember(m.input, criteria);
    if (a.ok) patients.push({ id: m.id, label: labels[i], result: a.result });
    else problems.push({ id: m.id, label: labels[i], files: m.files, reason: a.reason });
  });
  return { criteria, stats: buildCohort(patients), patients, problems };
}

/** Memoised on the members array and criterion (the store replaces the array on every change). */
let last: { members: readonly CohortMember[]; criteria: CriteriaName; view: CohortView } | null = null;
export function selectCohortMemo(members: readonly CohortMember[], criteria: CriteriaName): CohortView {
  if (last && last.members === members && last.criteria === criteria) return last.view;
  const view = selectCohort(members, criteria);
  last = { members, criteria, view };
  return view;
}
