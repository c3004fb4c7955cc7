import type { BurdenLesion, BurdenMethod, BurdenTotals } from '@caliper/engine';
import type { Tracer } from '@caliper/dicom';
import type { Exclusion } from './buildExclusion';

/** The JSON document of `caliper burden --json` (issue 14 "Output"); SUV in SUVbw, mm in patient LPS, mL. */
export interface BurdenReport {
  readonly series: string;
  readonly unit: 'SUVbw';
  readonly method: BurdenMethod;
  readonly thresholdSuv: number;
  readonly minVolumeMl: number;
  readonly tracer: Tracer;
  readonly exclusion: Exclusion['summary'];
  readonly lesions: readonly BurdenLesion[];
  readonly totals: BurdenTotals;
  readonly reference: { readonly liverSulMean: number | null; readonly liverSulSd: number | null; readonly mediastinumSuvMean: number | null };
  readonly notes: readonly string[];
}
