import type { CriteriaName, TimelineLesion } from '../types';

/** RECIST 1.1 §3.1 / §4.3.1 (Eisenhauer 2009): at most 5 targets in all, 2 per organ. */
export const MAX_TARGETS = 5;
export const MAX_TARGETS_PER_ORGAN = 2;
/** Measurable: non-nodal long axis ≥ 10 mm; node short axis ≥ 15 mm (10–15 mm: non-target; < 10 mm: normal). */
export const MIN_LONG_MM = 10;
export const MIN_NODE_SHORT_MM = 15;
export const NORMAL_NODE_SHORT_MM = 10;

export interface TargetProblem {
  lesionId: string;
  organ?: string;
  message: string;
}

/** Size that decides measurability: node short axis, else the long (mRECIST: viable) axis. */
function measurableSize(l: TimelineLesion, criteria: CriteriaName): number | undefined {
  if (l.nodal) return l.shortMm;
  return criteria === 'mrecist' ? l.viableLongMm : l.longMm;
}

/**
 * Problems with the baseline target selection under an anatomic criterion, in input order: a
 * target not measurable at baseline, the 6th target, the 3rd target in one organ. Used by the CLI
 * (first problem = exit 1) and the viewer (all problems, shown while the reader selects).
 * Targets without an organ do not count towards an organ's limit.
 */
export function checkTargets(baseline: readonly TimelineLesion[], criteria: CriteriaName): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const perOrgan = new Map<string, number>();
  let count = 0;
  for (const l of baseline) {
    if (l.role !== 'target') continue;
    const where = { lesionId: l.id, organ: l.organ };
    const name = `target ${l.id}${l.organ !== undefined ? ` (organ ${l.organ})` : ''}`;
    count += 1;
    if (count > MAX_TARGETS) problems.push({ ...where, message: `${name} is target #${count}: at most ${MAX_TARGETS} targets` });
    if (l.organ !== undefined) {
      const n = (perOrgan.get(l.organ) ?? 0) + 1;
      perOrgan.set(l.organ, n);
      if (n > MAX_TARGETS_PER_ORGAN) problems.push({ ...where, message: `${name} is target #${n} in organ ${l.organ}: at most ${MAX_TARGETS_PER_ORGAN} targets per organ` });
    }
    if (l.status !== 'measured') {
      problems.push({ ...where, message: `${name} is ${l.status} at baseline: a target must be measured at baseline` });
      continue;
    }
    const size = measurableSize(l, criteria);
    if (typeof size !== 'number') continue; // reported by requireFields
    if (l.nodal && size < MIN_NODE_SHORT_MM) {
      problems.push({ ...where, message: `${name} (node) is not measurable: short axis ${size} mm < ${MIN_NODE_SHORT_MM} mm` });
    } else if (!l.nodal && size < MIN_LONG_MM) {
      const axis = criteria === 'mrecist' ? 'viable long axis' : 'long axis';
      problems.push({ ...where, message: `${name} is not measurable: ${axis} ${size} mm < ${MIN_LONG_MM} mm` });
    }
  }
  return problems;
}
