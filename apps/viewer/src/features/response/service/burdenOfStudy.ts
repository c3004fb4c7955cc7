import type { BurdenSummary } from '@caliper/report/burden/burdenTimepointValues';
import { summaryOfReadingBurden } from '@caliper/report/burden/burdenTimepointValues';
import { useBurden } from '../../burden/model/burdenState';
import { burdenTotals } from '../../burden/model/burdenTotals';
import { useScores } from '../../burden/model/scoresState';
import { petInfoOf } from '../../burden/service/petInfo';
import { burdenStudy, heldBurdenOf } from '../../persistence/service/burdenReading';

/**
 * A study's whole-body burden as the response timeline reads it: the panel's current result when
 * it belongs to the study (effective lesions = result minus the removed ids, with the reader's
 * confirmed Deauville), else a saved burden of that study kept since its reading was restored.
 */
export function burdenSummaryOfStudy(studyInstanceUID: string): BurdenSummary | undefined {
  if (burdenStudy() === studyInstanceUID) {
    const b = useBurden.getState();
    const r = b.result!;
    const kept = r.lesions.filter((l) => !b.removed.includes(l.id));
    const confirmed = useScores.getState().confirmed;
    return {
      lesions: kept.map((l) => ({ suvPeak: l.suvPeak, ...(confirmed[l.id]?.deauville !== undefined ? { deauville: confirmed[l.id].deauville } : {}) })),
      tmtvMl: burdenTotals(kept, r.bsaM2).tmtvMl,
      sulPerSuvbw: petInfoOf(b.seriesUID!)?.sulPerSuvbw ?? null,
    };
  }
  const held = heldBurdenOf(studyInstanceUID);
  return held ? summaryOfReadingBurden(held) : undefined;
}
