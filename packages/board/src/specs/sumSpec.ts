import type { TopLevelSpec } from 'vega-lite';
import type { CaseSummary } from '../model/types';
import type { PlotOptions } from './theme';
import { therapyLayers } from './therapyLayers';
import { CLASS_COLORS, CLASS_ORDER, foreground, themeConfig } from './theme';

/** The criterion's quantity (e.g. sum of diameters, mm) over time, each point labelled with its category, nadir marked. */
export function sumSpec(summary: CaseSummary, options: PlotOptions = {}): TopLevelSpec {
  const q = summary.quantity;
  const values = summary.sum.map((p) => ({ ...p, klass: summary.timeline.find((t) => t.date === p.date)?.klass ?? 'NE', text: `${p.response} ${p.value} ${q.unit}${p.nadir ? ' (nadir)' : ''}` }));
  const fg = foreground(options);
  // Head room for the category labels above the points.
  const top = Math.max(0, ...values.map((v) => v.value)) * 1.2 || 1;
  const lastDay = Math.max(1, ...values.map((v) => v.day));
  const x = { field: 'day', type: 'quantitative' as const, scale: { domain: [-0.12 * lastDay, 1.12 * lastDay], nice: false } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `${q.label} (${q.unit}) over time`,
    width: options.width ?? 360,
    height: options.height ?? 220,
    config: themeConfig(options),
    data: { values, name: 'sum' },
    layer: [
      ...therapyLayers(summary, options),
      { mark: { type: 'line', color: fg, strokeWidth: 2 }, encoding: { x: { ...x, title: 'Days from baseline', axis: { labelExpr: "datum.value < 0 ? '' : datum.label" } }, y: { field: 'value', type: 'quantitative', title: `${q.label} (${q.unit})`, scale: { domain: [0, top], nice: true } } } },
      {
        mark: { type: 'point', filled: true, size: 160, stroke: fg, strokeWidth: 1 },
        encoding: {
          x, y: { field: 'value', type: 'quantitative' },
          color: { field: 'klass', type: 'nominal', title: 'Category', scale: { domain: CLASS_ORDER, range: CLASS_ORDER.map((k) => CLASS_COLORS[k]) }, legend: null },
          shape: { condition: { test: 'datum.nadir', value: 'diamond' }, value: 'circle' },
        },
      },
      { mark: { type: 'text', dy: -16, color: fg }, encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } } },
    ],
  };
}
