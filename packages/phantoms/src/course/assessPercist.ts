import type { PercistAssessment } from './courseTypes';
import { liverComparable, percistResponse, percistThreshold } from './percistResponse';

export interface PercistTimepointValues {
  readonly liverSulMean: number;
  readonly liverSulSd: number;
  readonly lesions: readonly { readonly id: string; readonly role: string; readonly sulPeak: number | null }[];
}

/**
 * PERCIST 1.0 over a course (Wahl 2009; O et al. 2016): at each scan the single hottest lesion by
 * SULpeak (new lesions included), the liver-based measurability threshold, the new lesions at or
 * above it, and the response of the hottest lesion against the baseline's hottest. The baseline's
 * hottest lesion must be measurable (checked by the caller's tests, reported here). Lesions without
 * a SULpeak (no PET voxel inside) are left out.
 */
export function assessPercist(timepoints: readonly PercistTimepointValues[]): PercistAssessment[] {
  const base = timepoints[0];
  let baselinePeak = NaN;
  return timepoints.map((tp, i) => {
    const thresholdSul = percistThreshold(tp.liverSulMean, tp.liverSulSd);
    const pet = tp.lesions.flatMap((l) => (l.sulPeak === null ? [] : [{ id: l.id, role: l.role, sulPeak: l.sulPeak }]));
    if (pet.length === 0) throw new Error(`assessPercist: timepoint #${i + 1} has no lesion with a SULpeak`);
    const hottest = pet.reduce((a, b) => (b.sulPeak > a.sulPeak ? b : a));
    const newAvidLesions = pet.filter((l) => l.role === 'new' && l.sulPeak >= thresholdSul).map((l) => l.id);
    if (i === 0) baselinePeak = hottest.sulPeak;
    const d = hottest.sulPeak - baselinePeak;
    return {
      thresholdSul,
      hottestLesion: hottest.id,
      hottestSulPeak: hottest.sulPeak,
      hottestMeasurable: hottest.sulPeak >= thresholdSul,
      newAvidLesions,
      liverComparable: liverComparable(base.liverSulMean, tp.liverSulMean),
      changeFromBaselinePct: i === 0 ? null : (100 * d) / baselinePeak,
      changeFromBaselineSul: i === 0 ? null : d,
      response:
        i === 0 ? 'baseline' : percistResponse({ baselineSulPeak: baselinePeak, sulPeak: hottest.sulPeak, liverSulMean: tp.liverSulMean, newAvidLesionCount: newAvidLesions.length }),
    };
  });
}
