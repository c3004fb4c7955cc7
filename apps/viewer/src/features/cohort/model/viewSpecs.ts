import type { CohortStats, PlotSpec } from '@caliper/board';
import { cohortWaterfallSpec, swimmerSpec } from '@caliper/board';

export interface ViewSpecOptions {
  readonly theme: 'dark' | 'light';
  /** Plot area width (CSS px). */
  readonly width: number;
  /** What the criterion sums and its unit, e.g. "Sum of diameters", "mm". */
  readonly quantity: string;
  readonly unit: string;
  readonly fontSize?: number;
}

type Layered = PlotSpec & { layer: { encoding?: Record<string, Record<string, unknown>> }[] };

/** Patient labels on the waterfall's axis up to this many bars; beyond, they would overlap (the table lists them). */
export const MAX_AXIS_LABELS = 40;

/** One collator for every comparison (`localeCompare` with options builds one per call: 10 ms for 200 lanes). */
const NATURAL = new Intl.Collator(undefined, { numeric: true });

/**
 * The cohort plots of packages/board (the CLI's PDF has the same) adapted to the view: the
 * waterfall's y axis names the criterion's quantity, its patient labels hide beyond
 * MAX_AXIS_LABELS bars, the swimmer's lanes of equal length are in natural label order and its
 * ongoing arrow clears the last marker and the legend, and both plots carry
 * tooltips (label, category, value with its unit).
 */
export function viewSpecs(stats: CohortStats, o: ViewSpecOptions): { waterfall: PlotSpec; swimmer: PlotSpec } {
  const base = { theme: o.theme, fontSize: o.fontSize ?? 14, width: o.width };
  const waterfall = cohortWaterfallSpec(stats, { ...base, height: 260 }) as Layered;
  const bars = waterfall.layer[0].encoding!;
  bars.x = { ...bars.x, axis: { labelAngle: -45, labels: stats.waterfall.length <= MAX_AXIS_LABELS, ticks: stats.waterfall.length <= MAX_AXIS_LABELS }, title: stats.waterfall.length > MAX_AXIS_LABELS ? 'Patients (labels in the table)' : null };
  bars.y = { ...bars.y, title: `Best % change of the ${o.quantity.toLowerCase()} (%)` };
  bars.tooltip = [
    { field: 'label', type: 'nominal', title: 'Patient' },
    { field: 'bor', type: 'nominal', title: 'Best overall response' },
    { field: 'bestPct', type: 'quantitative', title: `Best change vs baseline (% of the ${o.quantity.toLowerCase()} in ${o.unit})`, format: '+.1f' },
  ] as unknown as Record<string, unknown>;
  // Lanes of equal time on study in natural label order (Patient 2 before Patient 10).
  const lanes = [...stats.swimmer].sort((a, b) => b.days - a.days || NATURAL.compare(a.label, b.label));
  const swimmer = swimmerSpec({ ...stats, swimmer: lanes }, { ...base, height: Math.max(140, 18 * stats.swimmer.length) }) as Layered;
  // The ongoing arrow clear of the last marker (size 140 ≈ 6.7 px radius), in bold.
  const arrow = swimmer.layer[1] as unknown as { mark: Record<string, unknown> };
  arrow.mark = { ...arrow.mark, dx: 10, fontWeight: 'bold', fontSize: (o.fontSize ?? 14) + 2 };
  // The legend clear of the arrows drawn past the longest lane.
  swimmer.config = { ...swimmer.config, legend: { ...swimmer.config?.legend, offset: 40 } };
  const markers = swimmer.layer[2].encoding!;
  markers.tooltip = [
    { field: 'label', type: 'nominal', title: 'Patient' },
    { field: 'day', type: 'quantitative', title: 'Day from baseline' },
    { field: 'response', type: 'nominal', title: 'Response' },
  ] as unknown as Record<string, unknown>;
  return { waterfall, swimmer };
}
