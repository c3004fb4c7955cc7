import type { TopLevelSpec } from 'vega-lite';
import type { CaseSummary } from '../model/types';
import type { PlotOptions } from './theme';
import { foreground, themeConfig } from './theme';

const BAND_LABEL = { decrease: 'at/below decrease line', within: 'between the lines', increase: 'at/above increase line' } as const;
const BAND_COLOR = ['#56B4E9', '#E69F00', '#D55E00'];

/** Per-lesion waterfall: best % change from baseline of each target lesion, sorted, coloured by band. */
export function waterfallSpec(summary: CaseSummary, options: PlotOptions = {}): TopLevelSpec {
  const t = summary.quantity.thresholds;
  const values = summary.waterfall.map((b, i) => ({ ...b, order: i, bandLabel: BAND_LABEL[b.band], text: `${b.bestPct > 0 ? '+' : ''}${b.bestPct.toFixed(1)} %` }));
  const fg = foreground(options);
  // Room for the value labels beyond the longest bars and the response lines.
  const pcts = values.map((v) => v.bestPct);
  const domain = [Math.min(-35, ...pcts) - 12, Math.max(25, ...pcts) + 12];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Waterfall: best % change per lesion',
    width: options.width ?? 360,
    height: options.height ?? 220,
    config: themeConfig(options),
    layer: [
      {
        data: { values, name: 'waterfall' },
        mark: { type: 'bar', stroke: fg, strokeWidth: 0.5, width: { band: 0.6 } },
        encoding: {
          x: { field: 'id', type: 'nominal', sort: { field: 'order', op: 'min' }, title: 'Lesion', axis: { labelAngle: 0 } },
          y: { field: 'bestPct', type: 'quantitative', title: 'Best % change', scale: { domain } },
          color: { field: 'bandLabel', type: 'nominal', title: null, scale: { domain: Object.values(BAND_LABEL), range: BAND_COLOR }, legend: { orient: 'bottom' } },
        },
      },
      ...[['datum.bestPct >= 0', -8], ['datum.bestPct < 0', 14]].map(([filter, dy]) => ({
        data: { values },
        transform: [{ filter: filter as string }],
        mark: { type: 'text' as const, dy: dy as number, color: fg },
        encoding: {
          x: { field: 'id', type: 'nominal' as const, sort: { field: 'order', op: 'min' as const } },
          y: { field: 'bestPct', type: 'quantitative' as const },
          text: { field: 'text' },
        },
      })),
      ...(t ? [{
        data: { values: [{ pct: t.decreasePct }, { pct: t.increasePct }] },
        mark: { type: 'rule' as const, strokeDash: [6, 4], color: fg, opacity: 0.7 },
        encoding: { y: { field: 'pct', type: 'quantitative' as const } },
      }] : []),
    ],
  };
}
