import { recistOverallResponse, recistTargetResponse } from '../course/recistResponse';
import type { StudyTruth } from './generateStudy';

export interface RecistTimepoint {
  readonly timepoint: string;
  readonly studyInstanceUID: string;
  /** Per target: long axis (non-nodal) or short axis (nodal), mm; 0 when the lesion has disappeared. */
  readonly targets: Record<string, number>;
  readonly sumOfDiameters_mm: number;
  readonly percentChangeFromBaseline: number | null;
  readonly percentChangeFromNadir: number | null;
  readonly newLesions: string[];
  readonly response: 'baseline' | 'CR' | 'PR' | 'SD' | 'PD';
}

export const RECIST_COURSE_DEFINITION =
  'RECIST 1.1 target sums: targets = lesions present at baseline (non-nodal: long axis; nodal: short axis; 0 mm once gone). ' +
  'New lesion = absent at baseline. Response from targets and new lesions only: PD if sum >= +20 % and >= +5 mm over the nadir, or any new lesion; ' +
  'CR if every non-nodal target is gone and every nodal target < 10 mm; PR if sum <= -30 % from baseline; else SD.';

/**
 * RECIST 1.1 target sums per timepoint: targets are the baseline lesions with role target
 * (longest diameter) or target-node (short axis); new lesions are those absent at baseline.
 * Response (target lesions + new lesions only): PD if sum ≥ +20 % and ≥ +5 mm over the nadir or
 * any new lesion; CR if every non-nodal target is gone and every node < 10 mm; PR if ≤ −30 % from
 * baseline; else SD.
 */
export function recistCourse(studies: readonly StudyTruth[]): RecistTimepoint[] {
  const baseline = studies[0];
  const targetIds = baseline.lesions.filter((l) => l.recistRole !== 'new').map((l) => l.id);
  const out: RecistTimepoint[] = [];
  let nadir = Infinity;
  for (const s of studies) {
    const targets: Record<string, number> = {};
    for (const id of targetIds) {
      const l = s.lesions.find((x) => x.id === id);
      targets[id] = !l || !l.recist ? 0 : l.recistRole === 'target-node' ? l.recist.shortAxis_mm : l.recist.longAxis_mm;
    }
    const sum = Object.values(targets).reduce((a, b) => a + b, 0);
    const newLesions = s.lesions.filter((l) => !targetIds.includes(l.id)).map((l) => l.id);
    const base = out.length ? out[0].sumOfDiameters_mm : null;
    let response: RecistTimepoint['response'] = 'baseline';
    if (base !== null) {
      const roles = new Map(baseline.lesions.map((l) => [l.id, l.recistRole]));
      const cr = targetIds.every((id) => (roles.get(id) === 'target-node' ? targets[id] < 10 : targets[id] === 0));
      const target = recistTargetResponse({ sumMm: sum, baselineSumMm: base, nadirSumMm: nadir, allTargetsResolved: cr });
      response = recistOverallResponse(target, newLesions.length);
    }
    out.push({
      timepoint: s.timepoint.key,
      studyInstanceUID: s.studyInstanceUID,
      targets,
      sumOfDiameters_mm: sum,
      percentChangeFromBaseline: base === null ? null : (100 * (sum - base)) / base,
      percentChangeFromNadir: base === null ? null : (100 * (sum - nadir)) / nadir,
      newLesions,
      response,
    });
    nadir = Math.min(nadir, sum);
  }
  return out;
}
