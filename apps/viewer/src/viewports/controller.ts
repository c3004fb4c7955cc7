import { StackViewport, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import type { LayoutId, SeriesEntry } from '../app/types';
import { nextRender } from './bridge';
import { displayFusion, displayMpr, displayStack, enableViewports, nonSuvPetWindowFromData, updateFusion } from './display';
import { getEngine } from './engine';
import { refitUnzoomed } from './fitViewport';
import { viewportsFor } from './ids';
import { whenVolumeLoaded } from './volumes';

// 'compare' is two stacks (prior | current): a series opened there replaces the active side.
const isStackLayout = (l: LayoutId) => l === '1x1' || l === '1x2' || l === '1x3' || l === '2x2' || l === 'compare';

/** After re-enabling a stack layout, show again what each slot had. */
function redisplayStacks(layout: LayoutId): void {
  const { assignments, series } = appStore.getState();
  viewportsFor(layout).forEach((spec, i) => {
    const s = series[assignments[i]?.seriesUID ?? ''];
    if (s) displayStack(spec.id, s).catch((e) => appStore.getState().addErrors([{ source: `series ${s.seriesInstanceUID}`, reason: String(e) }]));
  });
}

const elements = new Map<string, HTMLDivElement>();
let enabledLayout: LayoutId | undefined;
let enabledKey = '';
const layoutWaiters: { layout: LayoutId; resolve: () => void }[] = [];

/** Called by the grid's cells when their element mounts/unmounts. */
export function setViewportElement(id: string, el: HTMLDivElement | null): void {
  if (el) elements.set(id, el);
  else elements.delete(id);
}

/** Called by the grid after it rendered a layout: enables its viewports once, then resolves waiters. */
export function layoutRendered(layout: LayoutId): void {
  const specs = viewportsFor(layout);
  if (!specs.every((s) => elements.has(s.id))) return;
  const key = `${layout}:${specs.map((s) => s.id).join(',')}`;
  if (key !== enabledKey) {
    enableViewports(specs, elements);
    enabledKey = key;
    enabledLayout = layout;
    if (isStackLayout(layout)) redisplayStacks(layout);
  }
  for (const w of layoutWaiters.splice(0)) {
    if (w.layout === layout) w.resolve();
    else layoutWaiters.push(w);
  }
}

/** Resolves once a layout's viewports are enabled (after `setLayout`). */
export function whenLayout(layout: LayoutId): Promise<void> {
  if (enabledLayout === layout && appStore.getState().layout === layout) return Promise.resolve();
  return new Promise((resolve) => layoutWaiters.push({ layout, resolve }));
}

/** Re-fits viewports to their elements (window/grid resize). */
export function resizeViewports(): void {
  if (!enabledLayout) return;
  const engine = getEngine();
  engine.resize(true, true);
  refitUnzoomed(engine.getViewports().filter((vp) => !(vp instanceof StackViewport)));
}


/** Shows a series in a stack viewport of the current (or 1×1) layout. Resolves when rendered. */
export async function showStack(series: SeriesEntry, index?: number): Promise<string> {
  const s = appStore.getState();
  if (!isStackLayout(s.layout)) s.setLayout('1x1');
  const layout = appStore.getState().layout;
  const count = viewportsFor(layout).length;
  const i = Math.min(index ?? appStore.getState().activeViewport, count - 1);
  appStore.getState().assign(i, { seriesUID: series.seriesInstanceUID });
  appStore.getState().setActiveViewport(i);
  await whenLayout(layout);
  const id = viewportsFor(layout)[i].id;
  const rendered = nextRender(id);
  await displayStack(id, series);
  await rendered;
  return id;
}

/** MPR of a volume; resolves when the whole volume is loaded and rendered. */
export async function showMpr(series: SeriesEntry): Promise<void> {
  if (series.notVolumeReason) throw new Error(`series ${series.seriesInstanceUID} cannot be shown as a volume: ${series.notVolumeReason}`);
  appStore.getState().setLayout('mpr');
  appStore.getState().assign(0, { seriesUID: series.seriesInstanceUID });
  await whenLayout('mpr');
  await displayMpr(viewportsFor('mpr'), series);
  await whenVolumeLoaded(series.seriesInstanceUID);
  await renderAndWait(viewportsFor('mpr').map((v) => v.id));
}

/** PET/CT fusion + PET MIP; resolves when both volumes are loaded and rendered. */
export async function showFusion(ct: SeriesEntry, pet: SeriesEntry): Promise<void> {
  appStore.getState().setLayout('fusion');
  appStore.getState().assign(0, { seriesUID: ct.seriesInstanceUID, overlayUID: pet.seriesInstanceUID });
  await whenLayout('fusion');
  await displayFusion(viewportsFor('fusion'), ct, pet);
  const shownWindow = appStore.getState().petRange;
  await Promise.all([whenVolumeLoaded(ct.seriesInstanceUID), whenVolumeLoaded(pet.seriesInstanceUID)]);
  // A PET in Bq/mL with no window of its own gets one from its values now that they are loaded,
  // unless the reader changed the window while it loaded (theirs stays).
  const dataWindow = appStore.getState().petRange === shownWindow ? nonSuvPetWindowFromData(pet) : undefined;
  if (dataWindow) appStore.getState().setViewer({ petRange: dataWindow });
  // The PET opacity function is built over the loaded value range: apply it again once loaded.
  const { fusionOpacity, petRange } = appStore.getState();
  updateFusion(pet.seriesInstanceUID, fusionOpacity, petRange);
  await renderAndWait(viewportsFor('fusion').map((v) => v.id));
}

async function renderAndWait(ids: string[]): Promise<void> {
  const waits = ids.map(nextRender);
  getEngine().renderViewports(ids);
  await Promise.all(waits);
}

/** The Cornerstone viewport of an id (for tools, presets and the automation API). */
export function viewportById(id: string): Types.IViewport | undefined {
  try {
    return getEngine().getViewport(id);
  } catch {
    return undefined;
  }
}
