import type { TimelineLesion } from '@caliper/response';
import type { LesionResult } from '../../measure/model/measureSlice';
import type { Lesion } from '../../measure/model/lesion';
import { isPlanar } from '../../measure/model/shapes';
import type { ShapeMeasurement } from '../../measure/worker/measureShape';

/** What the criteria need from a lesion's current measurements (values in mm, mL, HU, SUV/SUL). */
export type LesionValues = Pick<TimelineLesion, 'longMm' | 'shortMm' | 'volumeMl' | 'meanHu' | 'sulPeak' | 'suvMax'> & {
  /** ADC mean, 10⁻³ mm²/s (exploratory, shown in the panel; no criterion uses it). */
  adcMean?: number;
  /** Still being measured (a result for the current shape version is missing). */
  pending: boolean;
};

export interface SeriesFacts {
  readonly modality: string;
  /** SUL per SUVbw for a PET series (LBM Janmahasatian / body weight); absent when height or sex is missing. */
  readonly sulPerSuvbw?: number;
}

const ADC_UNITS = new Set(['10^-3 mm2/s']);

/**
 * Reads a lesion's sizes and uptake from its results for the current shape version: sizes from the
 * anatomical series (drawn RECIST lines, else the segmentation's RECIST axes), volume for 3D ROIs,
 * mean HU on CT, SUVmax and SULpeak (SUVbw peak × LBM/weight) on PET.
 */
export function lesionValues(lesion: Lesion, results: Readonly<Record<string, LesionResult>> | undefined, series: (uid: string) => SeriesFacts | undefined): LesionValues {
  const out: LesionValues = { pending: false };
  const current: { m: ShapeMeasurement; facts: SeriesFacts }[] = [];
  for (const uid of lesion.seriesUIDs) {
    const r = results?.[uid];
    const facts = series(uid);
    if (!facts) continue;
    if (!r || r.version !== lesion.version) {
      out.pending = true;
      continue;
    }
    if (r.measurement) current.push({ m: r.measurement, facts });
  }
  const anatomical = current.find((c) => c.facts.modality !== 'PT') ?? current[0];
  const pet = current.find((c) => c.facts.modality === 'PT');
  if (anatomical) {
    const { m } = anatomical;
    if (m.linesMm.length) {
      out.longMm = m.linesMm[0];
      if (m.linesMm.length > 1) out.shortMm = m.linesMm[1];
    } else if (m.result.recist) {
      out.longMm = m.result.recist.longMm;
      out.shortMm = m.result.recist.shortMm;
    }
    if (!isPlanar(lesion.shape) && m.result.voxelCount > 0) out.volumeMl = m.result.volumeMl;
    if (anatomical.facts.modality === 'CT' && m.result.mean !== null) out.meanHu = m.result.mean;
    if (ADC_UNITS.has(m.result.unit) && m.result.mean !== null) out.adcMean = m.result.mean;
  }
  const suv = pet?.m.result.suv;
  if (pet && suv) {
    out.suvMax = suv.type === 'SUVbw' ? suv.max : undefined;
    const ratio = suv.type === 'SUL' ? 1 : suv.type === 'SUVbw' ? pet.facts.sulPerSuvbw : undefined;
    if (ratio !== undefined && suv.peak !== null) out.sulPeak = suv.peak * ratio;
  }
  return out;
}
