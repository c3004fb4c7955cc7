import type { IntensityUnit } from '@caliper/core';
import { radiomicsFeatureUnit } from '@caliper/engine';
import type { RadiomicsSettings } from '@caliper/engine';
import type { BatchTask, FeatureValue } from './types';

type Doc = Record<string, any>;
const num = (roi: string, feature: string, value: unknown, unit: string): FeatureValue => ({ roi, feature, value: typeof value === 'number' && Number.isFinite(value) ? value : null, text: null, unit });
const txt = (roi: string, feature: string, text: unknown): FeatureValue => ({ roi, feature, value: null, text: text === null || text === undefined ? null : String(text), unit: '' });

/**
 * The cohort-table values of one item's document (exactly what the single-study command printed
 * with --json), each with its unit: `measure` → statistics, RECIST, shape, SUV; `radiomics` → every
 * IBSI feature (unit from the engine's catalogue); `burden` → totals (roi "total") and each lesion
 * (roi "lesion-<id>"); `adc` → b-values and fit; `response` → each timepoint's category and change.
 * `roi` names the item's ROI for measure/radiomics.
 */
export function docToFeatures(task: BatchTask, doc: Doc, roi: string): FeatureValue[] {
  switch (task) {
    case 'measure': {
      const u = String(doc.unit);
      const out: FeatureValue[] = [
        num(roi, 'voxelCount', doc.voxelCount, 'voxels'),
        num(roi, 'volumeMl', doc.volumeMl, 'mL'),
        ...['mean', 'sd', 'min', 'max', 'median', 'p10', 'p90'].map((k) => num(roi, k, doc[k], u)),
        num(roi, 'recist.longMm', doc.recist?.longMm, 'mm'),
        num(roi, 'recist.shortMm', doc.recist?.shortMm, 'mm'),
        num(roi, 'maxDiameter3dMm', doc.maxDiameter3dMm, 'mm'),
        num(roi, 'surfaceMm2', doc.surfaceMm2, 'mm2'),
        num(roi, 'sphericity', doc.sphericity, '1'),
      ];
      if (doc.suv) {
        const t = String(doc.suv.type);
        out.push(num(roi, 'suv.max', doc.suv.max, t), num(roi, 'suv.mean', doc.suv.mean, t), num(roi, 'suv.peak', doc.suv.peak, t), num(roi, 'suv.mtvMl', doc.suv.mtvMl, 'mL'), num(roi, 'suv.tlg', doc.suv.tlg, `${t}·mL`));
      }
      if (doc.suvError) out.push(txt(roi, 'suvError', doc.suvError));
      if (doc.adc) out.push(txt(roi, 'adc.fit', doc.adc.fit));
      return out;
    }
    case 'radiomics': {
      const unit = doc.unit as IntensityUnit;
      const ivh = (doc.config as RadiomicsSettings).ivh;
      return Object.entries(doc.features as Record<string, { value: number | null }>).map(([k, f]) => num(roi, k, f.value, radiomicsFeatureUnit(k, unit, ivh)));
    }
    case 'burden': {
      const t = doc.totals ?? {};
      const out: FeatureValue[] = [
        num('total', 'thresholdSuv', doc.thresholdSuv, 'SUVbw'),
        num('total', 'lesionCount', t.lesionCount, 'lesions'),
        num('total', 'tmtvMl', t.tmtvMl, 'mL'),
        num('total', 'tlg', t.tlg, 'SUVbw·mL'),
        num('total', 'dmaxMm', t.dmaxMm, 'mm'),
        num('total', 'sdmaxPerM', t.sdmaxPerM, 'm-1'),
        num('total', 'liverSulMean', doc.reference?.liverSulMean, 'SUL'),
        num('total', 'mediastinumSuvMean', doc.reference?.mediastinumSuvMean, 'SUVbw'),
      ];
      for (const l of (doc.lesions ?? []) as Doc[]) {
        const r = `lesion-${l.id}`;
        out.push(num(r, 'voxelCount', l.voxelCount, 'voxels'), num(r, 'volumeMl', l.volumeMl, 'mL'), num(r, 'suvMax', l.suvMax, 'SUVbw'), num(r, 'suvPeak', l.suvPeak, 'SUVbw'), num(r, 'suvMean', l.suvMean, 'SUVbw'), num(r, 'tlg', l.tlg, 'SUVbw·mL'));
      }
      return out;
    }
    case 'adc':
      return [num('series', 'files', Array.isArray(doc.files) ? doc.files.length : null, 'files'), txt('series', 'bValues', (doc.bValues ?? []).join(';')), txt('series', 'fit', doc.fit)];
    case 'response': {
      const out: FeatureValue[] = [txt('best', 'bestOverallResponse', doc.bestOverallResponse?.response), txt('best', 'bestOverallResponseDate', doc.bestOverallResponse?.date)];
      for (const tp of (doc.timepoints ?? []) as Doc[]) {
        out.push(txt(tp.date, 'response', tp.response), num(tp.date, 'daysFromBaseline', tp.daysFromBaseline, 'd'), num(tp.date, 'changeFromBaselinePct', tp.changeFromBaselinePct, '%'), num(tp.date, 'changeFromNadirPct', tp.changeFromNadirPct, '%'));
      }
      return out;
    }
  }
}
