/** Timings of the last cohort shown (ms, performance.now()), read by `caliper.cohort.timings()`. */
export interface CohortTimings {
  /** Patients in the cohort measured. */
  n: number;
  /** Assessing every patient + buildCohort (selectCohort). */
  buildMs: number;
  /** Vega-Lite specs of the waterfall and swimmer. */
  specsMs: number;
  /** Vega-Lite compile + Vega render of each plot to SVG, the slower of the two (they run interleaved). */
  svgMs: number;
  /** Where the plots were drawn: the plot worker, or the main thread when there is none. */
  renderer: 'worker' | 'main thread' | null;
  /** From the members' change to both plots' SVG in the page (build, specs, Vega compile + render, React commit). */
  shownMs: number | null;
}

export const timings: CohortTimings = { n: 0, buildMs: 0, specsMs: 0, svgMs: 0, renderer: null, shownMs: null };

let changedAt = 0;
const rendered = new Set<string>();

/** Called when the cohort (members or criterion) changes: the clock for `shownMs` starts. */
export function markChanged(): void {
  changedAt = performance.now();
  rendered.clear();
  timings.svgMs = 0;
  timings.shownMs = null;
}

/** Called by each plot with the time its SVG took to draw. */
export function markSvg(ms: number, renderer: CohortTimings['renderer']): void {
  timings.svgMs = Math.max(timings.svgMs, ms);
  timings.renderer = renderer;
}

/** Called by each plot once its SVG is in the page; the second one stops the clock. */
export function markRendered(plot: string, plots: number): void {
  rendered.add(plot);
  if (rendered.size === plots && timings.shownMs === null && changedAt) timings.shownMs = performance.now() - changedAt;
}
