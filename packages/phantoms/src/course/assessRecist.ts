import type { RecistAssessment } from './courseTypes';
import { recistOverallResponse, recistTargetResponse } from './recistResponse';

export interface RecistLesionValues {
  readonly id: string;
  readonly role: string;
  readonly nodal: boolean;
  readonly longMm: number;
  readonly shortMm: number;
}

/**
 * RECIST 1.1 (Eisenhauer 2009) over a course: targets are the baseline lesions with role `target`;
 * size = long axis (non-nodal) or short axis (nodal), 0 mm when a target is no longer listed; new
 * lesions = role `new`. The course has no non-target lesions (rejected), so the overall response is
 * the target response or PD by a new lesion. Timepoints in date order, baseline first.
 */
export function assessRecist(timepoints: readonly { readonly lesions: readonly RecistLesionValues[] }[]): RecistAssessment[] {
  const baseline = timepoints[0].lesions;
  if (baseline.some((l) => l.role === 'non-target')) throw new Error('assessRecist: non-target lesions are not part of this course');
  const targets = baseline.filter((l) => l.role === 'target');
  const size = (l: RecistLesionValues) => (l.nodal ? l.shortMm : l.longMm);
  const out: RecistAssessment[] = [];
  let nadir = Infinity;
  for (const tp of timepoints) {
    const now = targets.map((t) => tp.lesions.find((l) => l.id === t.id));
    const sumMm = now.reduce((s, l) => s + (l ? size(l) : 0), 0);
    const resolved = targets.every((t, i) => {
      const l = now[i];
      return !l || (t.nodal && l.shortMm < 10);
    });
    const newLesions = tp.lesions.filter((l) => l.role === 'new').map((l) => l.id);
    if (out.length === 0) {
      out.push({ sumMm, changeFromBaselinePct: null, nadirSumMm: null, changeFromNadirPct: null, targetResponse: 'baseline', newLesions, response: 'baseline' });
    } else {
      const base = out[0].sumMm;
      const targetResponse = recistTargetResponse({ sumMm, baselineSumMm: base, nadirSumMm: nadir, allTargetsResolved: resolved });
      out.push({
        sumMm,
        changeFromBaselinePct: (100 * (sumMm - base)) / base,
        nadirSumMm: nadir,
        changeFromNadirPct: (100 * (sumMm - nadir)) / nadir,
        targetResponse,
        newLesions,
        response: recistOverallResponse(targetResponse, newLesions.length),
      });
    }
    nadir = Math.min(nadir, sumMm);
  }
  return out;
}
