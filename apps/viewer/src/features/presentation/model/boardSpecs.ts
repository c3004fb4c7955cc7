import type { BoardTheme, CaseSummary, PlotSpec } from '@caliper/board';
import { biomarkerSpec, spiderSpec, sumSpec, waterfallSpec } from '@caliper/board';

export interface BoardSpecs {
  readonly spider: PlotSpec;
  readonly sum: PlotSpec;
  readonly waterfall: PlotSpec;
  readonly biomarkers: PlotSpec | null;
}

/** Plot width for the summary column (CSS px): the 40vw column minus its padding and the y axis' labels (~140 px at 18 px type). */
export const plotWidth = (innerWidth: number): number => Math.max(240, Math.round(innerWidth * 0.4) - 140);

/** The four plots of the case summary at presentation size (18 px type) for a theme and width. */
export function boardSpecs(summary: CaseSummary, theme: BoardTheme, width: number): BoardSpecs {
  const o = { theme, fontSize: 18, width, height: 200 };
  return {
    spider: spiderSpec(summary, o),
    sum: sumSpec(summary, o),
    waterfall: waterfallSpec(summary, o),
    biomarkers: biomarkerSpec(summary, { theme, fontSize: 18, columns: 2, width: Math.max(120, Math.round((width - 90) / 2)), height: 140 }),
  };
}
