import type { ResponseResult } from '@caliper/response';

/** What one patient's files gave: a timeline to assess, an already assessed result, or why neither. */
export type MemberInput =
  | { readonly kind: 'timeline'; readonly timeline: unknown }
  | { readonly kind: 'result'; readonly result: ResponseResult }
  | { readonly kind: 'error'; readonly reason: string };

/** Where a patient's reading came from (shown in the table, never the files' identifiers). */
export type MemberSource = 'sr' | 'timeline' | 'response' | 'pacs' | 'document';

/** One patient of the cohort as opened: files already stripped of identifiers. */
export interface CohortMember {
  /** Stable key, also the default label's number ("Patient 3"). */
  readonly id: number;
  /** The label shown, "Patient n" unless the user gave one; never a patient name or ID. */
  readonly label: string;
  /** Names of the files read for this patient, identifiers redacted (named in errors). */
  readonly files: readonly string[];
  readonly source: MemberSource;
  readonly input: MemberInput;
}

/** A member before it is numbered (what the readers return). */
export type MemberDraft = Omit<CohortMember, 'id' | 'label'> & { readonly label?: string };

/** A per-patient problem: the patient's label, its files and why it is left out. */
export interface CohortProblem {
  readonly id: number;
  readonly label: string;
  readonly files: readonly string[];
  readonly reason: string;
}
