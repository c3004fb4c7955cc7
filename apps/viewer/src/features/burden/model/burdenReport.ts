import type { BurdenLesion, BurdenMethod, BurdenTotals } from '@caliper/engine';
import type { Tracer } from '@caliper/dicom';
import type { BurdenExclusion, BurdenReply } from './burdenTypes';
import { burdenTotals } from './burdenTotals';

/** `caliper burden --json`'s document (docs/cli.md) for the lesions the reader kept. */
export interface BurdenReportJson {
  readonly series: string;
  readonly unit: 'SUVbw';
  readonly method: BurdenMethod;
  readonly thresholdSuv: number;
  readonly minVolumeMl: number;
  readonly tracer: Tracer | null;
  readonly exclusion: BurdenExclusion;
  readonly lesions: readonly BurdenLesion[];
  readonly totals: BurdenTotals;
  readonly reference: { readonly liverSulMean: number | null; readonly liverSulSd: number | null; readonly mediastinumSuvMean: number | null };
  /** Lesion ids the reader removed (not in `lesions` nor the totals). */
  readonly removed: readonly number[];
  /** Lesion ids the reader merged, per merge (the merged lesion keeps the smallest id). */
  readonly merged: readonly (readonly number[])[];
  readonly notes: readonly string[];
}

/** The result after the reader's edits (merged lesions are already in `reply`), minus the removed lesions; totals over the kept ones. */
export function burdenReport(reply: BurdenReply, removed: readonly number[], tracer: Tracer | null, series: string, merged: readonly (readonly number[])[] = []): BurdenReportJson {
  const lesions = reply.lesions.filter((l) => !removed.includes(l.id));
  const { liverSulMean, liverSulSd, mediastinumSuvMean } = reply.reference;
  return {
    series,
    unit: 'SUVbw',
    method: reply.method,
    thresholdSuv: reply.thresholdSuv,
    minVolumeMl: reply.minVolumeMl,
    tracer,
    exclusion: reply.exclusion,
    lesions,
    totals: removed.length || merged.length ? burdenTotals(lesions, reply.bsaM2) : reply.totals,
    reference: { liverSulMean, liverSulSd, mediastinumSuvMean },
    removed: [...removed],
    merged: merged.map((g) => [...g]),
    notes: reply.notes,
  };
}
