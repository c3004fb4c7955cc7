import type { Config } from 'vega-lite';

export type BoardTheme = 'dark' | 'light';

export interface PlotOptions {
  /** 'light' = projector / print (default), 'dark' = reading room. */
  readonly theme?: BoardTheme;
  /** Plot area in CSS px (or PDF points). */
  readonly width?: number;
  readonly height?: number;
  /** Base font size; axis labels and titles scale from it (presentation mode: ≥ 18). */
  readonly fontSize?: number;
  /** Small multiples per row (biomarker trends; default 3). */
  readonly columns?: number;
}

/**
 * Response classes in the Okabe–Ito palette (distinguishable under deuteranopia and protanopia),
 * as the viewer's Response panel; the category is also written out, colour is never the only cue.
 */
export const CLASS_COLORS: Record<string, string> = {
  CR: '#009E73', PR: '#56B4E9', SD: '#E69F00', PD: '#D55E00', UPD: '#CC79A7', CPD: '#D55E00', NE: '#8a96a3', BL: '#7f7f7f',
};
export const CLASS_ORDER = ['CR', 'PR', 'SD', 'PD', 'UPD', 'CPD', 'NE', 'BL'];

/** Lesion lines: Okabe–Ito minus the class colours' strongest hues, then a dashed fallback. */
export const LESION_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#8a96a3'];

export const FONT = 'Helvetica, Arial, sans-serif';

/** Vega-Lite config for a theme: high-contrast text and axes, transparent background. */
export function themeConfig(options: PlotOptions): Config {
  const dark = options.theme === 'dark';
  const fg = dark ? '#f2f4f7' : '#111418';
  const grid = dark ? '#3a4350' : '#d5d9de';
  const size = options.fontSize ?? 11;
  return {
    background: dark ? '#11151b' : '#ffffff',
    font: FONT,
    view: { stroke: null },
    axis: { labelColor: fg, titleColor: fg, domainColor: fg, tickColor: fg, gridColor: grid, labelFontSize: size, titleFontSize: size, titleFontWeight: 'normal' },
    // Large (presentation) type: legends below the plot, so the plot keeps the column's width.
    legend: { labelLimit: 0, ...(size >= 16 ? { orient: 'bottom' as const, direction: 'horizontal' as const } : {}), labelColor: fg, titleColor: fg, labelFontSize: size, titleFontSize: size, symbolStrokeWidth: 3 },
    title: { color: fg, fontSize: Math.round(size * 1.2), anchor: 'start', fontWeight: 'bold', limit: (options.width ?? 360) + 60 },
    header: { labelColor: fg, titleColor: fg, labelFontSize: size, titleFontSize: size },
    text: { color: fg, fontSize: size },
  };
}

export const foreground = (options: PlotOptions): string => (options.theme === 'dark' ? '#f2f4f7' : '#111418');
