import { SCALE, toFixed } from '../arith/fixed';
import type { TimelineLesion } from '../types';
import type { SumSpec } from './evaluateSums';

/** RECIST 1.1 §4.3.1 (Eisenhauer 2009): a lesion too small to measure counts 5 mm. */
export const TOO_SMALL_MM = 5;
const NORMAL_NODE_FIXED = 10 * SCALE.mm;

/** A target's diameter: node short axis, else long axis (or viable long axis for mRECIST). */
function diameter(l: TimelineLesion, viable: boolean): number | null {
  switch (l.status) {
    case 'measured': {
      const mm = l.nodal ? l.shortMm : viable ? l.viableLongMm : l.longMm;
      return toFixed(mm as number, SCALE.mm);
    }
    case 'absent':
      return 0;
    case 'too-small-to-measure':
      return toFixed(TOO_SMALL_MM, SCALE.mm);
    default:
      return null;
  }
}

/** RECIST 1.1 CR: every non-nodal target gone and every target node < 10 mm short axis. */
const recistComplete: SumSpec['isComplete'] = (values) =>
  values.every(({ lesion, value }) => (lesion.nodal ? value < NORMAL_NODE_FIXED : value === 0));
const allZero: SumSpec['isComplete'] = (values) => values.every(({ value }) => value === 0);

/** RECIST 1.1 (Eisenhauer 2009 §4.3.1): PR −30 % vs baseline; PD +20 % and +5 mm vs nadir. */
export const RECIST_SPEC: SumSpec = {
  key: 'sumMm',
  scale: SCALE.mm,
  unit: 'mm',
  targetValue: (l) => diameter(l, false),
  isComplete: recistComplete,
  completeReason: 'all non-nodal targets absent, target nodes < 10 mm short axis',
  prPct: -30,
  pdPct: 20,
  pdAbs: 5 * SCALE.mm,
};

/**
 * mRECIST for HCC (Lencioni & Llovet 2010): RECIST 1.1 arithmetic on the viable (arterially
 * enhancing) diameter; nodes by short axis. Lencioni sets no absolute minimum for PD; Caliper
 * keeps RECIST 1.1's +5 mm (documented choice, docs/response-criteria.md).
 */
export const MRECIST_SPEC: SumSpec = {
  ...RECIST_SPEC,
  targetValue: (l) => diameter(l, true),
  completeReason: 'no viable (enhancing) target tissue, target nodes < 10 mm short axis',
};

/** Choi 2007 (GIST): size by RECIST diameters, PR −10 %, PD +10 % (vs nadir), no absolute minimum. */
export const CHOI_SIZE_SPEC: SumSpec = {
  ...RECIST_SPEC,
  isComplete: allZero,
  completeReason: 'all target lesions absent',
  prPct: -10,
  pdPct: 10,
  pdAbs: 0,
};

/**
 * Volumetric response (sum of target volumes): PR −65 % vs baseline, PD +73 % vs nadir — the
 * volumes of spheres whose diameters change by −30 % / +20 % (0.7³ = 0.343, 1.2³ = 1.728).
 * A target too small to measure has no volume: not evaluable.
 */
export const VOLUMETRIC_SPEC: SumSpec = {
  key: 'sumMl',
  scale: SCALE.ml,
  unit: 'mL',
  targetValue: (l) => (l.status === 'measured' ? toFixed(l.volumeMl as number, SCALE.ml) : l.status === 'absent' ? 0 : null),
  isComplete: allZero,
  completeReason: 'all target lesions absent',
  prPct: -65,
  pdPct: 73,
  pdAbs: 0,
};

/** Value of any lesion in the criterion's unit for the lesion table (null: not measured). */
export function lesionDisplayValue(spec: SumSpec, l: TimelineLesion): number | null {
  if (l.role === 'target') return spec.targetValue(l);
  if (l.status === 'absent') return 0;
  if (l.status !== 'measured') return null;
  const v = spec.key === 'sumMl' ? l.volumeMl : l.nodal ? l.shortMm : spec === MRECIST_SPEC ? l.viableLongMm ?? l.longMm : l.longMm;
  return typeof v === 'number' ? toFixed(v, spec.scale) : null;
}
