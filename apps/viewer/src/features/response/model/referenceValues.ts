import type { Timepoint } from '@caliper/response';
import type { Lesion } from '../../measure/model/lesion';
import type { BuildInput } from './buildResponseTimeline';
import type { BurdenSummary } from '@caliper/report/burden/burdenTimepointValues';
import { burdenTimepointValues } from '@caliper/report/burden/burdenTimepointValues';

/**
 * Per-timepoint PET values from the study's reference regions and lesions: liver SULmean/SD
 * (PERCIST: 3 cm sphere in the right lobe), mediastinal blood pool SUVmax (Deauville), and PSMA-TV
 * (RECIP): the whole-body burden's TMTV over its effective lesions when the study has one, else
 * the sum of the PET ROIs' volumes. With a burden, also its highest confirmed Deauville (Lugano)
 * and hottest lesion SULpeak = max SUVpeak × LBM/weight (PERCIST without tracked lesions).
 */
export function referenceValues(references: readonly Lesion[], lesions: readonly Lesion[], input: BuildInput, burden?: BurdenSummary): Partial<Timepoint> {
  const out: Partial<Timepoint> = {};
  for (const ref of references) {
    for (const uid of ref.seriesUIDs) {
      const facts = input.series(uid);
      const r = input.results[ref.id]?.[uid];
      if (facts?.modality !== 'PT' || !r || r.version !== ref.version || !r.measurement?.result.suv) continue;
      const res = r.measurement.result;
      if (ref.referenceRegion === 'liver') {
        const ratio = res.suv!.type === 'SUL' ? 1 : res.suv!.type === 'SUVbw' ? facts.sulPerSuvbw : undefined;
        if (ratio !== undefined && res.mean !== null && res.sd !== null) {
          out.liverSulMean = res.mean * ratio;
          out.liverSulSd = res.sd * ratio;
        }
      } else if (ref.referenceRegion === 'mediastinum' && res.suv!.type === 'SUVbw') {
        out.mediastinumSuvMax = res.suv!.max;
      }
    }
  }
  if (burden) return { ...out, ...burdenTimepointValues(burden) };
  let tv = 0;
  let any = false;
  for (const l of lesions) {
    const pet = l.seriesUIDs.find((uid) => input.series(uid)?.modality === 'PT');
    if (!pet || l.tracking?.status === 'absent') continue;
    const r = input.results[l.id]?.[pet];
    if (r?.version === l.version && r.measurement?.result.suv && r.measurement.result.voxelCount > 0) {
      tv += r.measurement.result.suv.mtvMl;
      any = true;
    }
  }
  if (any) out.psmaTvMl = tv;
  return out;
}
