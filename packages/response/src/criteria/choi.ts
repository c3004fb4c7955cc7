import { SCALE, atMostPct, formatPct, pctChange, roundHalfAway, toFixed } from '../arith/fixed';
import { CHOI_SIZE_SPEC } from '../anatomic/specs';
import type { Timeline } from '../types';
import { assessSumCriterion } from './assessSumCriterion';
import type { CriterionCourse } from './course';

/** Choi 2007 (J Clin Oncol 25:1753): PR by a density decrease ≥ 15 % (mean HU of the targets). */
const DENSITY_PR_PCT = -15;

interface Density {
  /** Sum of the targets' meanHu in 0.1 HU, and how many targets had one. */
  sum: number;
  n: number;
}

function densityAt(timeline: Timeline, index: number): Density | null {
  const values = timeline.timepoints[index].lesions
    .filter((l) => l.role === 'target' && l.status === 'measured' && typeof l.meanHu === 'number')
    .map((l) => toFixed(l.meanHu as number, SCALE.hu));
  return values.length ? { sum: values.reduce((a, b) => a + b, 0), n: values.length } : null;
}

/**
 * Choi criteria for GIST: size (sum of RECIST diameters) −10 % or density (mean of the targets'
 * mean HU, unweighted — documented choice) −15 % vs baseline = PR; size +10 % vs nadir without PR
 * by density = PD; new lesions and non-target progression as RECIST 1.1.
 */
export function assessChoi(timeline: Timeline): CriterionCourse {
  const base = densityAt(timeline, 0);
  const change = (d: Density | null): number | null =>
    d && base && base.sum > 0 ? pctChange(d.sum * base.n, base.sum * d.n) : null;
  const spec = {
    ...CHOI_SIZE_SPEC,
    densityPr: (index: number) => {
      const d = densityAt(timeline, index);
      if (!d || !base || base.sum <= 0) return { pr: false };
      const pr = atMostPct(d.sum * base.n, base.sum * d.n, DENSITY_PR_PCT);
      return { pr, reason: `density ${formatPct(change(d))} vs baseline (mean HU)` };
    },
  };
  return assessSumCriterion(timeline, spec, (row) => {
    const d = densityAt(timeline, row.index);
    return {
      meanHu: d ? roundHalfAway(d.sum / d.n) / SCALE.hu : null,
      huChangeFromBaselinePct: row.index === 0 ? undefined : change(d),
    };
  });
}
