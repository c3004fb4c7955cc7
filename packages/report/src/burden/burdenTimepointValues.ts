import type { TimepointValues } from '../model/longitudinalSchema';
import type { ReadingBurden } from '../model/schema';
import type { SrBurden } from './parseBurdenGroup';

/** What the longitudinal reading needs of a timepoint's whole-body burden. */
export interface BurdenSummary {
  /** Kept lesions: SUVpeak (SUVbw) and the reader's confirmed Deauville score. */
  readonly lesions: readonly { readonly suvPeak?: number; readonly deauville?: number }[];
  /** TMTV (PSMA-TV) over the kept lesions, mL. */
  readonly tmtvMl: number;
  /** Janmahasatian LBM / weight; null when unknown (no SULpeak then). */
  readonly sulPerSuvbw: number | null;
}

/**
 * A timepoint's values from its whole-body burden: RECIP's PSMA-TV = the burden's TMTV (the
 * effective lesions); Lugano's whole-body Deauville = the highest confirmed score (none confirmed:
 * absent); PERCIST's whole-body SULpeak = the highest lesion SUVpeak × SUL/SUVbw (0 without
 * lesions: no residual uptake, as an absent lesion; absent without the SUL factor).
 */
export function burdenTimepointValues(b: BurdenSummary): Pick<TimepointValues, 'psmaTvMl' | 'wholeBodyDeauville' | 'wholeBodySulPeak'> {
  const out: Pick<TimepointValues, 'psmaTvMl' | 'wholeBodyDeauville' | 'wholeBodySulPeak'> = { psmaTvMl: b.tmtvMl };
  const scores = b.lesions.flatMap((l) => (l.deauville === undefined ? [] : [l.deauville]));
  if (scores.length > 0) out.wholeBodyDeauville = Math.max(...scores);
  const peaks = b.lesions.flatMap((l) => (l.suvPeak === undefined ? [] : [l.suvPeak]));
  if (b.sulPerSuvbw !== null && peaks.length === b.lesions.length) out.wholeBodySulPeak = peaks.length ? Math.max(...peaks) * b.sulPerSuvbw : 0;
  return out;
}

/** A saved reading's burden block as a summary (confirmed scores by lesion id). */
export const summaryOfReadingBurden = (b: ReadingBurden): BurdenSummary => ({
  lesions: b.lesions.map((l) => ({ suvPeak: l.suvPeak, ...(b.scores.confirmed[String(l.id)]?.deauville !== undefined ? { deauville: b.scores.confirmed[String(l.id)]!.deauville } : {}) })),
  tmtvMl: b.totals.tmtvMl,
  sulPerSuvbw: b.sulPerSuvbw,
});

/** An SR's burden groups as a summary: TMTV from the totals group (else the sum of the lesion volumes); no SUL factor in the SR. */
export const summaryOfSrBurden = (b: SrBurden): BurdenSummary => ({
  lesions: b.lesions.map((l) => ({ ...(l.suvPeak !== undefined ? { suvPeak: l.suvPeak } : {}), ...(l.deauville !== undefined ? { deauville: l.deauville } : {}) })),
  tmtvMl: b.totals?.tmtvMl ?? b.lesions.reduce((s, l) => s + (l.volumeMl ?? 0), 0),
  sulPerSuvbw: null,
});
