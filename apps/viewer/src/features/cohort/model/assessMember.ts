import type { CriteriaName, ResponseResult } from '@caliper/response';
import { TimelineError, assessResponse, isAnatomic, parseTimeline } from '@caliper/response';
import type { MemberInput } from './types';

export type Assessed = { readonly ok: true; readonly result: ResponseResult } | { readonly ok: false; readonly reason: string };

/**
 * A patient's course under `criteria`, as `caliper board --cohort` assesses it: a timeline with
 * the criterion's defaults (anatomic: no confirmation required); a `caliper response --json`
 * result only when it was assessed under that same criterion (its options are kept).
 */
export function assessMember(input: MemberInput, criteria: CriteriaName): Assessed {
  if (input.kind === 'error') return { ok: false, reason: input.reason };
  if (input.kind === 'result') {
    return input.result.criteria === criteria
      ? { ok: true, result: input.result }
      : { ok: false, reason: `assessed under ${input.result.criteria}, not ${criteria} (open its timeline or SRs to assess it under another criterion)` };
  }
  try {
    return { ok: true, result: assessResponse(parseTimeline(input.timeline), criteria, isAnatomic(criteria) ? { confirm: false } : {}) };
  } catch (e) {
    if (e instanceof TimelineError) return { ok: false, reason: `${criteria}: ${e.message}` };
    throw e;
  }
}
