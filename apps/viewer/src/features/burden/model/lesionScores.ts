import type { BurdenLesion } from '@caliper/engine';
import type { TracerFamily } from '@caliper/dicom';
import { scoreDeauville } from '@caliper/engine/burden/scoreDeauville';
import type { DeauvilleScore } from '@caliper/engine/burden/scoreDeauville';
import { scoreMiPsma } from '@caliper/engine/burden/scoreMiPsma';
import type { MiPsmaScore } from '@caliper/engine/burden/scoreMiPsma';
import type { ScoreProposal } from '@caliper/engine/burden/scoreTypes';
import type { PetReferenceKind, PetReferenceStats } from '../worker/referenceOps';

/** What the panel reads for a tracer: Deauville (FDG lymphoma), miPSMA (PSMA), hypoxia ratios (FMISO blood, FAZA muscle), or nothing. */
export type ScoreScheme = 'deauville' | 'mipsma' | 'hypoxia-blood' | 'hypoxia-muscle' | null;

/** The scheme of a tracer: FDG → Deauville; PSMA family → miPSMA; FMISO → T/B; FAZA → T/M; SSTR or unknown → none. */
export function scoreSchemeFor(family: TracerFamily | null, tracerName: string | null): ScoreScheme {
  if (family === 'FDG') return 'deauville';
  if (family === 'PSMA') return 'mipsma';
  if (family === 'hypoxia') return /faza/i.test(tracerName ?? '') ? 'hypoxia-muscle' : 'hypoxia-blood';
  return null;
}

/** The reference regions a scheme reads, in panel order (liver and blood pool also feed PERCIST and the liver-based methods). */
export function referencesFor(scheme: ScoreScheme, tracerName: string | null): readonly PetReferenceKind[] {
  switch (scheme) {
    case 'deauville': return ['liver', 'blood'];
    case 'mipsma': return /1007/.test(tracerName ?? '') ? ['blood', 'spleen', 'parotid', 'liver'] : ['blood', 'liver', 'parotid'];
    case 'hypoxia-blood': return ['blood', 'liver'];
    case 'hypoxia-muscle': return ['muscle', 'liver'];
    default: return ['liver', 'blood'];
  }
}

export type References = Partial<Record<PetReferenceKind, PetReferenceStats>>;

const ref = (r: PetReferenceStats | undefined) => (r ? { mean: r.mean, ...(r.max !== null ? { max: r.max } : {}) } : null);

/** One lesion's proposed visual score (null scheme: none), from its SUVmax (SUVbw) and the measured references. */
export function proposeScore(lesion: Pick<BurdenLesion, 'suvMax'>, scheme: ScoreScheme, refs: References, tracerName: string | null): ScoreProposal<DeauvilleScore> | ScoreProposal<MiPsmaScore> | null {
  if (scheme === 'deauville') return scoreDeauville(lesion.suvMax, { bloodPool: ref(refs.blood), liver: ref(refs.liver) });
  if (scheme === 'mipsma') return scoreMiPsma(lesion.suvMax, { bloodPool: ref(refs.blood), liver: ref(refs.liver), parotid: ref(refs.parotid), spleen: ref(refs.spleen) }, { tracer: tracerName });
  return null;
}
