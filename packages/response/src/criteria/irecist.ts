import { SCALE, toFixed } from '../arith/fixed';
import type { SumTimepoint } from '../anatomic/evaluateSums';
import { evaluateSums } from '../anatomic/evaluateSums';
import { MAX_TARGETS, MAX_TARGETS_PER_ORGAN, MIN_LONG_MM, MIN_NODE_SHORT_MM } from '../anatomic/checkTargets';
import { overallResponse } from '../anatomic/components';
import { RECIST_SPEC } from '../anatomic/specs';
import type { Timeline, TimelineLesion, TimepointOut } from '../types';
import { overallReasons } from './assessSumCriterion';
import type { CriterionCourse } from './course';
import { baselineOut, out, sumLesionTable, sumRow } from './outputRows';

/** iRECIST (Seymour 2017, Lancet Oncol 18:e143): +5 mm growth of a triggering category confirms. */
const CONFIRM_GROWTH = 5 * SCALE.mm;

type Trigger = 'target' | 'non-target' | 'new';

const I_LABEL: Record<string, string> = { CR: 'iCR', PR: 'iPR', SD: 'iSD', NE: 'NE', 'NON-CR/NON-PD': 'NON-iCR/NON-iUPD', PD: 'iUPD' };

/** New lesions: NLT when measured and measurable at first sight (≤ 5, ≤ 2 per organ, in order of appearance), else NLNT. */
function classifyNewLesions(timeline: Timeline): Map<string, 'NLT' | 'NLNT'> {
  const kind = new Map<string, 'NLT' | 'NLNT'>();
  const perOrgan = new Map<string, number>();
  let nlt = 0;
  for (const tp of timeline.timepoints) {
    for (const l of tp.lesions) {
      if (l.role !== 'new' || kind.has(l.id)) continue;
      const size = l.nodal ? l.shortMm : l.longMm;
      const measurable = l.status === 'measured' && typeof size === 'number' && size >= (l.nodal ? MIN_NODE_SHORT_MM : MIN_LONG_MM);
      const organCount = l.organ !== undefined ? (perOrgan.get(l.organ) ?? 0) : 0;
      if (measurable && nlt < MAX_TARGETS && organCount < MAX_TARGETS_PER_ORGAN) {
        kind.set(l.id, 'NLT');
        nlt += 1;
        if (l.organ !== undefined) perOrgan.set(l.organ, organCount + 1);
      } else kind.set(l.id, 'NLNT');
    }
  }
  return kind;
}

/** Sum of the new-lesion targets' diameters (fixed 0.1 mm); null if one is not measured. */
function nltSum(lesions: readonly TimelineLesion[], kind: Map<string, 'NLT' | 'NLNT'>): number | null {
  let sum = 0;
  for (const l of lesions) {
    if (kind.get(l.id) !== 'NLT') continue;
    if (l.status === 'absent') continue;
    const size = l.nodal ? l.shortMm : l.longMm;
    if (l.status !== 'measured' || typeof size !== 'number') return null;
    sum += toFixed(size, SCALE.mm);
  }
  return sum;
}

function recistTriggers(row: SumTimepoint): Trigger[] {
  const t: Trigger[] = [];
  if (row.target === 'PD') t.push('target');
  if (row.nonTarget === 'PD') t.push('non-target');
  if (row.newLesions.length) t.push('new');
  return t;
}

/**
 * iRECIST: RECIST 1.1 components; the first PD trigger is unconfirmed progression (iUPD); the
 * next assessment confirms it (iCPD) when a triggering category grows further (target sum +5 mm vs
 * the previous assessment, a non-target increased, NLT sum +5 mm or an NLNT increased), a new lesion
 * not seen before appears, or another category now meets RECIST 1.1 PD; with no PD trigger left the
 * course resets (iCR/iPR/iSD/NE, nadir kept); else iUPD stays pending.
 */
export function assessIrecist(timeline: Timeline): CriterionCourse {
  const course = evaluateSums(timeline, RECIST_SPEC);
  const kind = classifyNewLesions(timeline);
  const seen = new Set(timeline.timepoints[0].lesions.map((l) => l.id));
  let pending: { triggers: Trigger[]; date: string } | null = null;
  let confirmedOn: string | null = null;
  let previous: { sum: number | null; nlt: number | null } = { sum: course.baseline.sum, nlt: 0 };
  const timepoints: TimepointOut[] = course.followUps.map((row) => {
    const lesions = timeline.timepoints[row.index].lesions;
    const nlt = nltSum(lesions, kind);
    const fresh = lesions.filter((l) => l.role === 'new' && !seen.has(l.id) && l.status !== 'absent').map((l) => l.id);
    for (const l of lesions) seen.add(l.id);
    const triggers = recistTriggers(row);
    const currentSum = row.sum ?? row.partial;
    let response: string;
    let reasons: string[];
    if (confirmedOn) {
      response = 'iCPD';
      reasons = [`progression confirmed (iCPD) on ${confirmedOn}`];
    } else if (pending) {
      const cpd: string[] = [];
      const p = pending;
      if (p.triggers.includes('target') && previous.sum !== null && currentSum - previous.sum >= CONFIRM_GROWTH) {
        cpd.push(`target sum +${((currentSum - previous.sum) / SCALE.mm).toFixed(1)} mm vs the previous assessment`);
      }
      if (p.triggers.includes('non-target')) {
        for (const l of lesions) if (l.role === 'non-target' && l.increased) cpd.push(`non-target ${l.id} increased`);
      }
      if (p.triggers.includes('new')) {
        if (nlt !== null && previous.nlt !== null && nlt - previous.nlt >= CONFIRM_GROWTH) cpd.push(`new-lesion target sum +${((nlt - previous.nlt) / SCALE.mm).toFixed(1)} mm`);
        for (const l of lesions) if (kind.get(l.id) === 'NLNT' && l.increased) cpd.push(`new non-target ${l.id} increased`);
      }
      for (const id of fresh) cpd.push(`new lesion ${id} not seen before`);
      if (!p.triggers.includes('target') && row.target === 'PD') cpd.push(`targets now meet RECIST 1.1 PD: ${row.targetReasons.join('; ')}`);
      if (!p.triggers.includes('non-target') && row.nonTarget === 'PD') cpd.push(`non-targets now meet RECIST 1.1 PD: ${row.nonTargetReasons.join('; ')}`);
      if (!p.triggers.includes('new') && row.newLesions.length && fresh.length === 0) cpd.push(`new lesions ${row.newLesions.join(', ')}`);
      if (cpd.length) {
        response = 'iCPD';
        reasons = [`after iUPD on ${p.date}: ${cpd.join('; ')}`];
        confirmedOn = row.date;
        pending = null;
      } else if (triggers.length === 0) {
        const recist = overallResponse(row.target, row.nonTarget, row.newLesions);
        response = I_LABEL[recist];
        reasons = [`iUPD on ${p.date} not confirmed, no PD trigger left (reset)`, ...overallReasons(row, recist)];
        pending = null;
      } else {
        response = 'iUPD';
        reasons = [`iUPD on ${p.date} still pending: ${triggers.join(', ')} still meet RECIST 1.1 PD without further growth`];
      }
    } else if (triggers.length) {
      response = 'iUPD';
      reasons = overallReasons(row, 'PD');
      pending = { triggers, date: row.date };
    } else {
      const recist = overallResponse(row.target, row.nonTarget, row.newLesions);
      response = I_LABEL[recist];
      reasons = overallReasons(row, recist);
    }
    previous = { sum: row.sum, nlt };
    return {
      ...sumRow(RECIST_SPEC, row, response, reasons),
      newTargetSumMm: out(nlt, SCALE.mm),
      newLesionTargets: row.newLesions.filter((id) => kind.get(id) === 'NLT'),
      newLesionNonTargets: row.newLesions.filter((id) => kind.get(id) === 'NLNT'),
    };
  });
  const lesions = sumLesionTable(timeline, RECIST_SPEC).map((l) => (kind.has(l.id) ? { ...l, newLesionCategory: kind.get(l.id) } : l));
  return { baseline: baselineOut(RECIST_SPEC, course), timepoints, lesions };
}
