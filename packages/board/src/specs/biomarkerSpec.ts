import type { TopLevelSpec } from 'vega-lite';
import type { CaseSummary } from '../model/types';
import type { PlotOptions } from './theme';
import { LESION_COLORS, themeConfig } from './theme';

/**
 * Biomarker trends per lesion (exploratory: no criterion uses them), one small panel per
 * biomarker with its own unit and y scale. null when nothing was measured.
 */
export function biomarkerSpec(summary: CaseSummary, options: PlotOptions = {}): TopLevelSpec | null {
  const shown = summary.biomarkers.filter((b) => b.biomarker !== 'longMm' && b.biomarker !== 'shortMm');
  if (!shown.length) return null;
  const values = shown.map((b) => ({ ...b, panel: `${b.label} (${b.unit})` }));
  const lesions = [...new Set(values.map((v) => v.lesion))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Biomarker trends (exploratory)',
    config: themeConfig(options),
    data: { values, name: 'biomarkers' },
    facet: { field: 'panel', type: 'nominal', title: null },
    columns: options.columns ?? 3,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: options.width ?? 160,
      height: options.height ?? 110,
      mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2 },
      encoding: {
        x: { field: 'day', type: 'quantitative', title: 'Days' },
        y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } },
        color: { field: 'lesion', type: 'nominal', title: 'Lesion', scale: { domain: lesions, range: LESION_COLORS.slice(0, Math.max(1, lesions.length)) } },
      },
    },
  };
}
