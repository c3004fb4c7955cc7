import type { TopLevelSpec } from 'vega-lite';
import type { CohortStats } from '../model/buildCohort';
import type { PlotOptions } from './theme';
import { CLASS_COLORS, CLASS_ORDER, foreground, themeConfig } from './theme';

const classScale = { domain: CLASS_ORDER.slice(0, 7), range: CLASS_ORDER.slice(0, 7).map((k) => CLASS_COLORS[k]) };

/** Cohort waterfall: each patient's best % change, sorted, coloured by best overall response, lines at +20 / −30 %. */
export function cohortWaterfallSpec(cohort: CohortStats, options: PlotOptions = {}): TopLevelSpec {
  const values = cohort.waterfall.filter((b) => b.bestPct !== null).map((b, i) => ({ ...b, order: i }));
  const fg = foreground(options);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Best % change per patient (n = ${cohort.n})`,
    width: options.width ?? 480,
    height: options.height ?? 240,
    config: themeConfig(options),
    layer: [
      {
        data: { values, name: 'cohortWaterfall' },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelAngle: -45 } },
          y: { field: 'bestPct', type: 'quantitative', title: 'Best % change from baseline' },
          color: { field: 'borClass', type: 'nominal', title: 'Best response', scale: classScale },
        },
      },
      { data: { values: [{ pct: -30 }, { pct: 20 }] }, mark: { type: 'rule', strokeDash: [6, 4], color: fg }, encoding: { y: { field: 'pct', type: 'quantitative' } } },
    ],
  };
}

/** Swimmer plot: time on study per patient, a marker per assessment coloured by category, → when ongoing. */
export function swimmerSpec(cohort: CohortStats, options: PlotOptions = {}): TopLevelSpec {
  const lanes = cohort.swimmer.map((r, i) => ({ label: r.label, days: r.days, order: i, ongoing: r.ongoing ? '→' : '' }));
  const markers = cohort.swimmer.flatMap((r) => r.markers.map((m) => ({ label: r.label, ...m })));
  const y = { field: 'label', type: 'nominal' as const, sort: lanes.map((l) => l.label), title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Time on study',
    width: options.width ?? 480,
    height: options.height ?? Math.max(120, 22 * lanes.length),
    config: themeConfig(options),
    layer: [
      { data: { values: lanes, name: 'swimmer' }, mark: { type: 'bar', color: '#8a96a3', height: 10 }, encoding: { y, x: { field: 'days', type: 'quantitative', title: 'Days from baseline' } } },
      { data: { values: lanes }, mark: { type: 'text', align: 'left', dx: 4, color: foreground(options) }, encoding: { y, x: { field: 'days', type: 'quantitative' }, text: { field: 'ongoing' } } },
      { data: { values: markers, name: 'swimmerMarkers' }, mark: { type: 'point', filled: true, size: 140, stroke: foreground(options), strokeWidth: 0.5 }, encoding: { y, x: { field: 'day', type: 'quantitative' }, color: { field: 'klass', type: 'nominal', title: 'Response', scale: classScale }, tooltip: { field: 'response' } } },
    ],
  };
}
