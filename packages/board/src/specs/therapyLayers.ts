import type { TopLevelSpec } from 'vega-lite';
import type { CaseSummary } from '../model/types';
import type { PlotOptions } from './theme';
import { foreground } from './theme';

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Therapy lines as translucent bands over days from baseline, named at the top (spider and sum plots). */
export function therapyLayers(summary: CaseSummary, options: PlotOptions): Layer[] {
  if (!summary.therapies.length) return [];
  const values = summary.therapies.map((t) => ({ ...t, text: `${t.name}${t.ongoing ? ' →' : ''}` }));
  return [
    { data: { values, name: 'therapies' }, mark: { type: 'rect', opacity: 0.14, color: '#0072B2' }, encoding: { x: { field: 'startDay', type: 'quantitative' }, x2: { field: 'stopDay' } } },
    { data: { values }, mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 3, y: 0, color: foreground(options) }, encoding: { x: { field: 'startDay', type: 'quantitative' }, text: { field: 'text' } } },
  ];
}
