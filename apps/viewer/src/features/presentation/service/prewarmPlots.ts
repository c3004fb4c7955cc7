import { appStore } from '../../../app/store';
import { boardSpecs, plotWidth } from '../model/boardSpecs';
import { selectBoard } from '../model/selectBoard';
import { renderPlot } from './plotCache';

type Idle = (cb: () => void) => void;
const whenIdle: Idle = (cb) => ((window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(cb, { timeout: 2000 });

/**
 * Renders the case summary's plots in idle time while the reader works, so entering presentation
 * mode shows them at once (Vega's parse + render is the slow part of entering). Only when a
 * summary exists and changed; the spec cache makes repeated work free.
 */
export function startPlotPrewarm(): () => void {
  let last: unknown = null;
  let pending = false;
  // Store changes (e.g. every pointer move while drawing) only schedule one idle check: the case
  // summary is selected there, off the interaction's path.
  const check = () => {
    if (pending || appStore.getState().presenting) return;
    pending = true;
    whenIdle(() => {
      pending = false;
      const now = appStore.getState();
      if (now.presenting) return;
      const summary = selectBoard(now)?.summary ?? null;
      if (!summary || summary === last) return;
      last = summary;
      const specs = boardSpecs(summary, now.presentationTheme, plotWidth(window.innerWidth));
      for (const spec of [specs.spider, specs.sum, specs.waterfall, specs.biomarkers]) if (spec) void renderPlot(spec).catch(() => undefined);
    });
  };
  return appStore.subscribe(check);
}
