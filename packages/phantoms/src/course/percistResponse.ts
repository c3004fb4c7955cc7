import { above, atMost } from './compareTolerant';

/** PERCIST 1.0 categories (Wahl et al., J Nucl Med 2009;50 Suppl 1:122S–150S). */
export type PercistCategory = 'CMR' | 'PMR' | 'SMD' | 'PMD';

/**
 * Minimum measurable tumour uptake (SUL): 1.5 × liver SULmean + 2 × liver SD, liver = 3 cm sphere
 * in the right lobe (Wahl 2009; O et al., Radiology 2016;280:576–584, "Practical PERCIST").
 */
export function percistThreshold(liverSulMean: number, liverSulSd: number): number {
  return 1.5 * liverSulMean + 2 * liverSulSd;
}

/** Scans comparable when the follow-up liver SULmean is within 20 % and 0.3 SUL of baseline (Wahl 2009). */
export function liverComparable(baselineLiverSulMean: number, liverSulMean: number): boolean {
  const d = Math.abs(liverSulMean - baselineLiverSulMean);
  return d <= 0.2 * baselineLiverSulMean && d <= 0.3;
}

export interface PercistInput {
  /** SULpeak of the hottest lesion at baseline and at this follow-up (not necessarily the same lesion). */
  readonly baselineSulPeak: number;
  readonly sulPeak: number;
  readonly liverSulMean: number;
  /** New lesions that are unequivocally FDG-avid (here: SULpeak ≥ the measurability threshold). */
  readonly newAvidLesionCount: number;
}

/**
 * PERCIST 1.0 response of the single hottest lesion (Wahl 2009; O et al. 2016):
 * PMD = a new FDG-avid lesion, or SULpeak > +30 % and > +0.8 SUL from baseline; CMR = hottest
 * SULpeak below the liver SULmean (uptake resolved to background); PMR = SULpeak ≤ −30 % and
 * ≤ −0.8 SUL; else SMD. Thresholds compared within 1e-9 (compareTolerant). The TLG (+75 %) and
 * non-target rules are not modelled (no such change in the demo course).
 */
export function percistResponse(i: PercistInput): PercistCategory {
  const d = i.sulPeak - i.baselineSulPeak;
  if (i.newAvidLesionCount > 0 || (above(d, 0.3 * i.baselineSulPeak) && above(d, 0.8))) return 'PMD';
  if (i.sulPeak < i.liverSulMean) return 'CMR';
  if (atMost(d, -0.3 * i.baselineSulPeak) && atMost(d, -0.8)) return 'PMR';
  return 'SMD';
}
