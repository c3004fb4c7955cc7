import type { IntensityUnit } from '@caliper/core';
import type { RadiomicsResult, RadiomicsSettings } from '@caliper/engine';
import { radiomicsFeatureUnit } from '@caliper/engine';
import type { LesionRadiomics } from './radiomicsSchema';

export interface RadiomicsRecordContext {
  readonly seriesInstanceUID: string;
  readonly modality: string | null;
  /** The series' unit the features were computed in: HU, SUVbw, 10^-3 mm2/s, Bq/mL, or raw (no calibrated unit). */
  readonly unit: string;
  readonly caliperVersion: string;
  readonly computedAt: string;
}

/** A radiomics computation's result → the lesion's radiomics record: features in IBSI order, each with its unit in the series' unit. */
export function radiomicsRecord(result: Pick<RadiomicsResult, 'features' | 'order' | 'roi'>, settings: RadiomicsSettings, ctx: RadiomicsRecordContext): LesionRadiomics {
  return {
    seriesInstanceUID: ctx.seriesInstanceUID,
    unit: ctx.unit,
    ...(ctx.modality ? { modality: ctx.modality } : {}),
    settings: JSON.parse(JSON.stringify(settings)) as Record<string, unknown>,
    caliperVersion: ctx.caliperVersion,
    computedAt: ctx.computedAt,
    roi: { ...result.roi },
    features: result.order.map((key) => {
      const f = result.features[key];
      return {
        key, name: f.name, family: f.family, ...(f.aggregation ? { aggregation: f.aggregation } : {}), value: f.value,
        unit: radiomicsFeatureUnit(key, ctx.unit as IntensityUnit, settings.ivh),
      };
    }),
  };
}
