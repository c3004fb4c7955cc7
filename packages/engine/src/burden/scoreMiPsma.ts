import { formatSuvPair } from './formatSuvPair';
import type { ScoreProposal, ScoreReference } from './scoreTypes';

export type MiPsmaScore = 0 | 1 | 2 | 3;

export interface MiPsmaReferences {
  /** Blood pool (mediastinal / aortic): SUVmean. */
  readonly bloodPool: ScoreReference | null;
  /** Liver SUVmean (not used for PSMA-1007). */
  readonly liver: ScoreReference | null;
  /** Parotid gland SUVmean. */
  readonly parotid: ScoreReference | null;
  /** Spleen SUVmean: replaces the liver for PSMA-1007. */
  readonly spleen?: ScoreReference | null;
}

export interface ScoreMiPsmaOptions {
  /** Tracer name as identifyTracer gives it; "PSMA-1007" (hepatobiliary excretion) compares with the spleen instead of the liver. */
  readonly tracer?: string | null;
}

const valid = (r: ScoreReference | null | undefined): r is ScoreReference => !!r && Number.isFinite(r.mean) && r.mean > 0;

/**
 * PROMISE miPSMA expression score proposed from a lesion's SUVmax (SUVbw), for the reader to
 * confirm (Eiber et al., J Nucl Med 2018; PROMISE V2, Seifert et al., Eur Urol 2023): the lesion
 * SUVmax against the SUVmean of the reference organs — 0 below the blood pool, 1 at or above the
 * blood pool and below the liver, 2 at or above the liver and below the parotid gland, 3 at or
 * above the parotid gland. For [18F]PSMA-1007 the spleen replaces the liver. Only the references
 * the decision needs are required (a lesion below the liver needs no parotid); a missing one is
 * named, never guessed.
 */
export function scoreMiPsma(lesionSuvMax: number, references: MiPsmaReferences, options: ScoreMiPsmaOptions = {}): ScoreProposal<MiPsmaScore> {
  const spleenFor1007 = (options.tracer ?? '').trim().toUpperCase() === 'PSMA-1007';
  const midName = spleenFor1007 ? 'spleen' : 'liver';
  const mid = spleenFor1007 ? references.spleen : references.liver;
  const rule = `PROMISE miPSMA expression score (Eiber 2018; PROMISE V2, Seifert 2023): lesion SUVmax vs SUVmean of blood pool, ${midName}${spleenFor1007 ? ' (PSMA-1007: spleen instead of liver)' : ''} and parotid gland; 0 < blood pool ≤ 1 < ${midName} ≤ 2 < parotid ≤ 3`;
  const none = (missing: string[], reason: string): ScoreProposal<MiPsmaScore> => ({ score: null, reason, rule, missing });
  if (!(Number.isFinite(lesionSuvMax) && lesionSuvMax >= 0)) return none(['lesion SUVmax'], 'no score: the lesion SUVmax is missing');
  const x = lesionSuvMax;
  if (!valid(mid)) return none([midName], `no score: the ${midName} reference is missing`);
  if (x >= mid.mean) {
    const parotid = references.parotid;
    const atMid = `lesion SUVmax ${formatSuvPair(x, mid.mean).join(` ≥ ${midName} SUVmean `)}`;
    if (!valid(parotid)) return none(['parotid'], `${atMid}, but the parotid reference (needed for 2 vs 3) is missing`);
    const [a, b] = formatSuvPair(x, parotid.mean);
    return x >= parotid.mean ? { score: 3, reason: `lesion SUVmax ${a} ≥ parotid SUVmean ${b}`, rule, missing: [] } : { score: 2, reason: `${atMid} and ${a} < parotid SUVmean ${b}`, rule, missing: [] };
  }
  const blood = references.bloodPool;
  const belowMid = `lesion SUVmax ${formatSuvPair(x, mid.mean).join(` < ${midName} SUVmean `)}`;
  if (!valid(blood)) return none(['blood pool'], `${belowMid}, but the blood-pool reference (needed for 0 vs 1) is missing`);
  const [a, b] = formatSuvPair(x, blood.mean);
  return x >= blood.mean ? { score: 1, reason: `lesion SUVmax ${a} ≥ blood-pool SUVmean ${b} and ${belowMid.replace('lesion SUVmax ', '')}`, rule, missing: [] } : { score: 0, reason: `lesion SUVmax ${a} < blood-pool SUVmean ${b}`, rule, missing: [] };
}
