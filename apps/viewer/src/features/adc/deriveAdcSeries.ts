import type { LoadError, SeriesEntry } from '../../app/types';
import type { DiffusionPlan } from '../measure/service/adcVolume';
import type { DerivedVolume } from '../../viewports/derivedImages';
import { adcSeriesDescription } from './adcSeriesDescription';
import { ADC_WINDOW } from './adcWindow';
import { derivedAdcSeriesUid } from './derivedAdcSeriesUid';

/** What deriving an ADC map needs from the app (injected, so the flow is testable without Cornerstone). */
export interface DeriveAdcDeps {
  /** Headers → how the series stacks per b-value; null with fewer than 2 b-values. */
  plan(series: SeriesEntry): Promise<DiffusionPlan | null>;
  /** The fitted map (10⁻³ mm²/s, k-major). */
  fit(plan: DiffusionPlan): Promise<Float32Array>;
  /** Makes the derived volume loadable; returns its imageIds. */
  register(volume: DerivedVolume): string[];
  addSeries(entry: SeriesEntry): void;
  removeSeries(seriesUID: string): void;
  addErrors(errors: readonly LoadError[]): void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * For a diffusion series with ≥ 2 b-values: lists Caliper's ADC map as a new series of the same
 * study (slice k on the geometry of the lowest-b image k, pixels in 10⁻³ mm²/s, window 0–3) and
 * starts the fit. One b-value or none: nothing (no error). A series whose headers cannot be
 * stacked, or a fit that fails, becomes one entry in the errors panel naming the series (the
 * derived entry is removed again); nothing else is affected. Resolves to the derived entry.
 */
export async function deriveAdcSeries(series: SeriesEntry, deps: DeriveAdcDeps): Promise<SeriesEntry | null> {
  const source = `series ${series.seriesInstanceUID} (${series.modality} ${series.seriesDescription})`;
  let plan: DiffusionPlan | null;
  try {
    plan = await deps.plan(series);
  } catch (e) {
    deps.addErrors([{ source, reason: `no ADC map: ${message(e)}` }]);
    return null;
  }
  if (!plan) return null;
  const uid = derivedAdcSeriesUid(series.seriesInstanceUID);
  const description = adcSeriesDescription(plan.bValues);
  const [columns, rows] = plan.geometry.dimensions;
  const fit = deps.fit(plan);
  const imageIds = deps.register({
    key: plan.id,
    seriesInstanceUID: uid,
    parentSeriesUID: series.seriesInstanceUID,
    modality: 'MR',
    seriesDescription: description,
    ...(series.seriesNumber !== undefined ? { seriesNumber: series.seriesNumber } : {}),
    imageType: ['DERIVED', 'SECONDARY', 'ADC'],
    sourceImageIds: plan.imageIds,
    rows,
    columns,
    voi: ADC_WINDOW,
    adc: { scale: 1, offset: 0 },
    pixels: () => deps.fit(plan),
  });
  const entry: SeriesEntry = {
    seriesInstanceUID: uid,
    studyInstanceUID: series.studyInstanceUID,
    modality: 'MR',
    seriesDescription: description,
    ...(series.seriesNumber !== undefined ? { seriesNumber: series.seriesNumber } : {}),
    instanceCount: imageIds.length,
    imageIds,
    source: series.source,
  };
  deps.addSeries(entry);
  fit.catch((e: unknown) => {
    deps.removeSeries(uid);
    deps.addErrors([{ source, reason: `ADC map could not be fitted: ${message(e)}` }]);
  });
  return entry;
}
