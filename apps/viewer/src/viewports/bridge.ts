import { Enums, type Types } from '@cornerstonejs/core';
import { appStore } from '../app/store';
import { petWindowFromVoi, type VoiChange } from '../features/fusion/petWindowFromVoi';
import { getEngine } from './engine';
import { viewportImageLayers } from './viewportLayers';
import { volumeIdOf } from './volumes';
import { BRIDGED_EVENTS } from './events';
import { readoutAt } from './readoutAt';
import { readViewportInfo } from './viewportInfo';

const renderedOnce = new Set<string>();
const renderWaiters = new Map<string, (() => void)[]>();

/** Resolves on the next IMAGE_RENDERED of a viewport. */
export function nextRender(viewportId: string): Promise<void> {
  return new Promise((resolve) => renderWaiters.set(viewportId, [...(renderWaiters.get(viewportId) ?? []), resolve]));
}

/** A W/L change on a PET-alone pane of the fusion becomes the shared PET window (fused pane, colour bar, MIP). */
function followPetWindow(viewportId: string, change: VoiChange): void {
  const state = appStore.getState();
  const petUid = state.assignments[0]?.overlayUID;
  if (!petUid || state.layout !== 'fusion') return;
  const petVolumeId = volumeIdOf(petUid);
  let vp: Types.IVolumeViewport | undefined;
  try {
    vp = getEngine().getViewport(viewportId) as Types.IVolumeViewport | undefined;
  } catch {
    return;
  }
  const layers = viewportImageLayers(vp);
  const petAlone = layers.length === 1 && layers[0].referencedId === petVolumeId && vp?.getBlendMode?.() !== Enums.BlendModes.MAXIMUM_INTENSITY_BLEND;
  const range = petWindowFromVoi(change, { petVolumeId, petAlone, current: state.petRange });
  if (range) state.setViewer({ petRange: range });
}

/**
 * The single bridge from Cornerstone element events (and pointer moves) to store actions.
 * Returns the unsubscribe function.
 */
export function bindViewportElement(viewportId: string, element: HTMLDivElement): () => void {
  const refresh = (rendered: boolean) => {
    try {
      const info = readViewportInfo(viewportId, rendered || renderedOnce.has(viewportId));
      if (info) appStore.getState().setViewportInfo(viewportId, info);
    } catch {
      /* viewport between data sets: the next event refreshes it */
    }
  };
  let scheduled = false;
  const onEvent = (e: Event) => {
    if (e.type === BRIDGED_EVENTS.voi) followPetWindow(viewportId, ((e as CustomEvent).detail ?? {}) as VoiChange);
    if (e.type === BRIDGED_EVENTS.rendered) {
      renderedOnce.add(viewportId);
      const waiters = renderWaiters.get(viewportId);
      renderWaiters.delete(viewportId);
      waiters?.forEach((w) => w());
    }
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      refresh(false);
    });
  };
  // The cursor readout samples in a task of its own after the move: the pointer move's own handlers
  // (a tool's drag, a live measurement's request to the worker) run first; one sample per move burst.
  let last: { clientX: number; clientY: number } | null = null;
  // Where the cursor rests over this element: the readout follows the slice under a still cursor.
  let hover: { clientX: number; clientY: number } | null = null;
  const readout = () => {
    const e = last;
    last = null;
    if (!e) return;
    const rect = element.getBoundingClientRect();
    try {
      // Off the image (black border around it) the readout clears, as it does off the viewport.
      appStore.getState().setCursor(readoutAt(viewportId, e.clientX - rect.left, e.clientY - rect.top));
    } catch {
      /* no image yet */
    }
  };
  const sampleAt = (p: { clientX: number; clientY: number }) => {
    if (!last) setTimeout(readout, 0);
    last = p;
  };
  const onMove = (e: PointerEvent) => {
    hover = { clientX: e.clientX, clientY: e.clientY };
    sampleAt(e);
  };
  const onLeave = () => {
    last = null;
    hover = null;
    appStore.getState().setCursor(null);
  };
  const onSliceChange = () => {
    if (hover) sampleAt(hover);
  };
  const SLICE_EVENTS = [BRIDGED_EVENTS.newImage, BRIDGED_EVENTS.volumeNewImage, BRIDGED_EVENTS.camera];
  const names = Object.values(BRIDGED_EVENTS);
  for (const n of names) element.addEventListener(n, onEvent);
  for (const n of SLICE_EVENTS) element.addEventListener(n, onSliceChange);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerleave', onLeave);
  return () => {
    for (const n of names) element.removeEventListener(n, onEvent);
    for (const n of SLICE_EVENTS) element.removeEventListener(n, onSliceChange);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerleave', onLeave);
    renderedOnce.delete(viewportId);
  };
}
