import { atLeast, atMost } from './compareTolerant';

/** RECIST 1.1 categories (Eisenhauer et al., Eur J Cancer 2009;45:228–247). */
export type RecistCategory = 'CR' | 'PR' | 'SD' | 'PD';

export interface RecistTargetInput {
  /** Sum of diameters at this timepoint (mm): non-nodal long axes + nodal short axes, 0 for a vanished lesion. */
  readonly sumMm: number;
  readonly baselineSumMm: number;
  /** Smallest sum on study before this timepoint, baseline included (mm). */
  readonly nadirSumMm: number;
  /** Every non-nodal target gone and every nodal target's short axis < 10 mm. */
  readonly allTargetsResolved: boolean;
}

/**
 * Target-lesion response, RECIST 1.1 §4.3.1: PD = sum ≥ +20 % over the nadir and ≥ +5 mm; CR = all
 * targets resolved; PR = sum ≤ −30 % from baseline; else SD. Thresholds are inclusive and
 * compared with a 1e-9 tolerance, so exact decimal cases (42 of 60 mm) stay exact.
 */
export function recistTargetResponse(i: RecistTargetInput): RecistCategory {
  const rise = i.sumMm - i.nadirSumMm;
  if (atLeast(rise, 0.2 * i.nadirSumMm) && atLeast(rise, 5)) return 'PD';
  if (i.allTargetsResolved) return 'CR';
  if (atMost(i.sumMm, 0.7 * i.baselineSumMm)) return 'PR';
  return 'SD';
}

/**
 * Overall response, RECIST 1.1 Table 1 for a course without non-target lesions: any new lesion is
 * PD (§4.3.3, "unequivocal new lesion"); otherwise the target response.
 */
export function recistOverallResponse(target: RecistCategory, newLesionCount: number): RecistCategory {
  return newLesionCount > 0 ? 'PD' : target;
}
