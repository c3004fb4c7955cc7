import * as Comlink from 'comlink';
import type { PlotSpec } from '@caliper/board';
import { renderSvg } from '@caliper/board';

type Remote = Comlink.Remote<{ renderSvg: (spec: PlotSpec) => Promise<string> }>;
let remote: Remote | null | undefined;

/** Where the last plot was drawn (reported by `caliper.cohort.timings()`). */
export let lastRenderer: 'worker' | 'main thread' | null = null;

/** The view's one plot worker, started on first use; null where module workers are unavailable. */
function plotWorker(): Remote | null {
  if (remote === undefined) {
    try {
      remote = Comlink.wrap(new Worker(new URL('../worker/plots.worker.ts', import.meta.url), { type: 'module', name: 'caliper-cohort-plots' }));
    } catch {
      remote = null;
    }
  }
  return remote;
}

/**
 * A Vega-Lite spec as an SVG string, drawn in the plot worker (text widths estimated, as in the
 * PDF); on the main thread when there is no worker or it fails, so a plot is never lost to it.
 */
export async function renderPlot(spec: PlotSpec): Promise<string> {
  const w = plotWorker();
  if (w) {
    try {
      const svg = await w.renderSvg(spec);
      lastRenderer = 'worker';
      return svg;
    } catch {
      remote = null;
    }
  }
  lastRenderer = 'main thread';
  return renderSvg(spec);
}
