import type { SeriesEntry } from '../../../app/types';
import { descriptionSimilarity } from './descriptionSimilarity';
import { orientationOf } from './orientationOf';

export type MatchableSeries = Pick<SeriesEntry, 'seriesInstanceUID' | 'modality' | 'seriesDescription' | 'bodyPartExamined' | 'imageOrientationPatient'>;

export interface SeriesMatch {
  readonly priorSeriesUID: string;
  readonly currentSeriesUID: string;
  /** Higher is better; only series of the same modality are ever paired. */
  readonly score: number;
  /** What agreed and what did not, for the reader's tooltip. */
  readonly reasons: readonly string[];
}

/** Anatomical series first: the default comparison is CT, then MR, then PET. */
const MODALITY_RANK: Readonly<Record<string, number>> = { CT: 0, MR: 1, PT: 2 };
const rank = (m: string) => MODALITY_RANK[m] ?? 9;
const norm = (v: string | undefined) => (v ?? '').trim().toUpperCase();

/**
 * How well a prior series matches a current one, or undefined when they cannot be compared
 * (different modality). Body part and orientation (axial/sagittal/coronal from
 * ImageOrientationPatient) count when both are known; descriptions by word similarity.
 */
export function scoreSeriesPair(prior: MatchableSeries, current: MatchableSeries): Omit<SeriesMatch, 'priorSeriesUID' | 'currentSeriesUID'> | undefined {
  if (norm(prior.modality) !== norm(current.modality)) return undefined;
  let score = 1;
  const reasons = [`same modality ${norm(current.modality)}`];
  const bp = [norm(prior.bodyPartExamined), norm(current.bodyPartExamined)];
  if (bp[0] && bp[1]) {
    score += bp[0] === bp[1] ? 1 : -1;
    reasons.push(bp[0] === bp[1] ? `same body part ${bp[0]}` : `body part ${bp[0]} vs ${bp[1]}`);
  }
  const o = [orientationOf(prior.imageOrientationPatient), orientationOf(current.imageOrientationPatient)];
  if (o[0] && o[1]) {
    score += o[0] === o[1] ? 1 : -2;
    reasons.push(o[0] === o[1] ? `both ${o[0]}` : `${o[0]} vs ${o[1]}`);
  }
  const sim = descriptionSimilarity(prior.seriesDescription, current.seriesDescription);
  score += 2 * sim;
  reasons.push(`description similarity ${Math.round(sim * 100)} %`);
  return { score, reasons };
}

/** Prior series that can be compared with a current one, best first. */
export function rankPriors(current: MatchableSeries, priors: readonly MatchableSeries[]): SeriesMatch[] {
  return priors
    .flatMap((p) => {
      const s = scoreSeriesPair(p, current);
      return s ? [{ priorSeriesUID: p.seriesInstanceUID, currentSeriesUID: current.seriesInstanceUID, ...s }] : [];
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Pairs the series of a prior study with those of a current one, one-to-one, greedily from the
 * best-scoring pair. Sorted for display: CT, MR, PET, others, then by score, so the first pair is
 * the default comparison. Series with no partner of their modality are left out.
 */
export function matchSeries(prior: readonly MatchableSeries[], current: readonly MatchableSeries[]): SeriesMatch[] {
  const candidates = current.flatMap((c) => rankPriors(c, prior));
  candidates.sort((a, b) => b.score - a.score || a.currentSeriesUID.localeCompare(b.currentSeriesUID));
  const usedPrior = new Set<string>();
  const usedCurrent = new Set<string>();
  const pairs: SeriesMatch[] = [];
  for (const m of candidates) {
    if (usedPrior.has(m.priorSeriesUID) || usedCurrent.has(m.currentSeriesUID)) continue;
    usedPrior.add(m.priorSeriesUID);
    usedCurrent.add(m.currentSeriesUID);
    pairs.push(m);
  }
  const modalityOf = new Map(current.map((c) => [c.seriesInstanceUID, norm(c.modality)]));
  return pairs.sort((a, b) => rank(modalityOf.get(a.currentSeriesUID)!) - rank(modalityOf.get(b.currentSeriesUID)!) || b.score - a.score);
}
