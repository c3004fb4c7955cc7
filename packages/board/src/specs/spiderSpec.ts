import type { TopLevelSpec } from 'vega-lite';
import type { CaseSummary } from '../model/types';
import type { PlotOptions } from './theme';
import { therapyLayers } from './therapyLayers';
import { LESION_COLORS, foreground, themeConfig } from './theme';

/**
 * Spider plot: % change from baseline of each target lesion and of the criterion's quantity
 * ("Sum", thick) over days from baseline, with the criterion's response lines (RECIST −30 / +20 %).
 */
export function spiderSpec(summary: CaseSummary, options: PlotOptions = {}): TopLevelSpec {
  const series = [...new Set(summary.spider.map((p) => p.series))];
  const lesions = series.filter((s) => s !== 'Sum');
  const t = summary.quantity.thresholds;
  const rules = t ? [{ pct: t.decreasePct, label: `${t.decreasePct} %` }, { pct: t.increasePct, label: `+${t.increasePct} %` }] : [];
  const fg = foreground(options);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Spider plot: % change from baseline',
    width: options.width ?? 360,
    height: options.height ?? 220,
    config: themeConfig(options),
    layer: [
      ...therapyLayers(summary, options),
      {
        data: { values: rules },
        mark: { type: 'rule', strokeDash: [6, 4], color: fg, opacity: 0.7 },
        encoding: { y: { field: 'pct', type: 'quantitative' } },
      },
      {
        data: { values: rules },
        mark: { type: 'text', align: 'left', dx: 4, dy: -7, color: fg },
        encoding: { y: { field: 'pct', type: 'quantitative' }, x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        data: { values: summary.spider as unknown as Record<string, unknown>[], name: 'spider' },
        mark: { type: 'line', point: { size: 60, filled: true } },
        encoding: {
          x: { field: 'day', type: 'quantitative', title: 'Days from baseline' },
          y: { field: 'pct', type: 'quantitative', title: '% change from baseline' },
          color: { field: 'series', type: 'nominal', title: 'Lesion', scale: { domain: [...lesions, 'Sum'], range: [...LESION_COLORS.slice(0, lesions.length), fg] } },
          strokeWidth: { condition: { test: "datum.series === 'Sum'", value: 4 }, value: 2 },
        },
      },
    ],
  };
}
