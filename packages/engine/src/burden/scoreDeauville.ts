import { formatSuvPair } from './formatSuvPair';
import type { ScoreProposal, ScoreReference } from './scoreTypes';

export type DeauvilleScore = 1 | 2 | 3 | 4 | 5;

export interface DeauvilleReferences {
  /** Mediastinal blood pool (PERCIST cylinder in the descending aorta): its SUVmean. */
  readonly bloodPool: ScoreReference | null;
  /** Liver (3 cm sphere, right lobe): its SUVmean, and SUVmax for score 5. */
  readonly liver: ScoreReference | null;
}

export interface ScoreDeauvilleOptions {
  /** Score 5 when lesion SUVmax ≥ this × liver SUVmax; default 2 (the lower end of "2–3 times"). */
  readonly markedFactor?: number;
}

const valid = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x) && x > 0;

/**
 * Lugano / Deauville five-point score proposed from a lesion's SUVmax (SUVbw), for the reader to
 * confirm. Deauville is visual (Barrington et al., JCO 2014; Cheson et al., JCO 2014 "Lugano"):
 * 1 no uptake above background, 2 ≤ mediastinum, 3 > mediastinum and ≤ liver, 4 moderately > liver,
 * 5 markedly > liver, "markedly" quantified there as 2–3 times the liver SUVmax. Caliper's
 * quantitative convention: lesion SUVmax vs the blood-pool SUVmean and the liver SUVmean (the
 * PERCIST regions Caliper measures), 2 when ≤ blood pool, 3 when ≤ liver, 4 above, 5 when ≥
 * markedFactor (2) × the liver sphere's SUVmax. When the blood pool is at or above the liver, the
 * lesion is compared with the liver alone (the Deauville table's footnote, Barrington et al.,
 * EJNMMI 2010: < liver 2, = liver 3). Score 1 is a visual call (no background is measured) and
 * is never proposed. Only the references the decision needs are required: a lesion above the
 * liver mean is scored without a blood pool.
 * (qPET, Hasenclever 2014, is the alternative: lesion SUVpeak / liver SUVmean with 0.95, 1.3, 2.0.)
 */
export function scoreDeauville(lesionSuvMax: number, references: DeauvilleReferences, options: ScoreDeauvilleOptions = {}): ScoreProposal<DeauvilleScore> {
  const f = options.markedFactor ?? 2;
  const rule = `Deauville 5-point scale (Barrington 2014, Lugano 2014), quantified: lesion SUVmax vs mediastinal blood-pool SUVmean and liver SUVmean; 5 when ≥ ${f} × liver SUVmax; score 1 (no uptake above background) is left to the reader`;
  const none = (missing: string[], reason: string): ScoreProposal<DeauvilleScore> => ({ score: null, reason, rule, missing });
  if (!(Number.isFinite(lesionSuvMax) && lesionSuvMax >= 0)) return none(['lesion SUVmax'], 'no score: the lesion SUVmax is missing');
  const liver = references.liver;
  if (!liver || !valid(liver.mean)) return none(['liver'], 'no score: the liver reference (3 cm sphere) is missing');
  const x = lesionSuvMax;
  if (x > liver.mean) {
    if (!valid(liver.max)) return none(['liver SUVmax'], `lesion SUVmax ${formatSuvPair(x, liver.mean).join(' > liver SUVmean ')}, but the liver SUVmax (needed for 4 vs 5) is missing`);
    const marked = f * liver.max;
    const [a, b] = formatSuvPair(x, marked);
    const mx = liver.max.toFixed(2);
    return x >= marked
      ? { score: 5, reason: `lesion SUVmax ${a} ≥ ${f} × liver SUVmax ${mx} = ${b}`, rule, missing: [] }
      : { score: 4, reason: `lesion SUVmax ${formatSuvPair(x, liver.mean).join(' > liver SUVmean ')} and ${a} < ${f} × liver SUVmax ${mx} = ${b}`, rule, missing: [] };
  }
  const blood = references.bloodPool;
  if (!blood || !valid(blood.mean)) return none(['mediastinal blood pool'], `lesion SUVmax ${formatSuvPair(x, liver.mean).join(' ≤ liver SUVmean ')}, but the mediastinal blood pool (needed for 2 vs 3) is missing`);
  if (blood.mean >= liver.mean) {
    const [a, b] = formatSuvPair(x, liver.mean);
    const why = `blood-pool SUVmean ${blood.mean.toFixed(2)} ≥ liver SUVmean ${liver.mean.toFixed(2)}: compared with the liver alone`;
    return x < liver.mean ? { score: 2, reason: `lesion SUVmax ${a} < liver SUVmean ${b} (${why})`, rule, missing: [] } : { score: 3, reason: `lesion SUVmax ${a} = liver SUVmean ${b} (${why})`, rule, missing: [] };
  }
  if (x <= blood.mean) return { score: 2, reason: `lesion SUVmax ${formatSuvPair(x, blood.mean).join(' ≤ blood-pool SUVmean ')}`, rule, missing: [] };
  return { score: 3, reason: `lesion SUVmax ${formatSuvPair(x, blood.mean).join(' > blood-pool SUVmean ')} and ≤ liver SUVmean ${liver.mean.toFixed(2)}`, rule, missing: [] };
}
