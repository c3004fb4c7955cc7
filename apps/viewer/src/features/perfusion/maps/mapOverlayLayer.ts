import { mapValues } from './volumeMaps';
import { Enums, eventTarget, getRenderingEngines, metaData, StackViewport, type Types } from '@cornerstonejs/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { appStore } from '../../../app/store';
import { derivedVolumeOfImage } from '../../../viewports/derivedImages';
import { mapOverlay, mapResultOf, onMapJobChange } from './mapJobState';
import { overlayPixels, sliceToCanvas } from './overlayPixels';

const CLASS = 'dce-map-overlay';
let installed = false;
const hooked = new WeakSet<HTMLDivElement>();
const slices = new Map<string, HTMLCanvasElement>();

function stackOf(element: HTMLDivElement): Types.IStackViewport | undefined {
  for (const engine of getRenderingEngines() ?? []) {
    const vp = engine.getViewports().find((v) => v.element === element);
    if (vp instanceof StackViewport) return vp;
  }
  return undefined;
}

/** The overlay canvas of a viewport element (created over Cornerstone's canvas, under the annotations). */
function layer(element: HTMLDivElement): HTMLCanvasElement | null {
  const base = element.querySelector('canvas.cornerstone-canvas') ?? element.querySelector('canvas');
  if (!base?.parentElement) return null;
  let c = base.parentElement.querySelector<HTMLCanvasElement>(`canvas.${CLASS}`);
  if (!c) {
    c = document.createElement('canvas');
    c.className = CLASS;
    c.dataset.testid = 'dce-map-overlay';
    c.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none';
    base.after(c);
  }
  return c;
}

/** Is this image one of the dynamic series' own (or of a view derived from it, not a map)? */
function showsSource(imageId: string, sourceUID: string): boolean {
  const d = derivedVolumeOfImage(imageId);
  if (d) return !d.unit && d.parentSeriesUID === sourceUID;
  return appStore.getState().series[sourceUID]?.imageIds.includes(imageId) ?? false;
}

function draw(element: HTMLDivElement): void {
  const o = mapOverlay();
  const vp = stackOf(element);
  const canvas = vp ? layer(element) : null;
  if (!vp || !canvas) return;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(element.clientWidth * dpr), h = Math.round(element.clientHeight * dpr);
  if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const id = vp.getCurrentImageId();
  const r = o ? mapResultOf(o.sourceSeriesUID) : undefined;
  const listed = r?.series.find((s) => s.parameter.field === o!.field);
  if (!o || !r || !listed || !id || !showsSource(id, o.sourceSeriesUID)) return;
  const g = r.source.geometry;
  const ipp = (metaData.get('imagePlaneModule', id) as { imagePositionPatient?: number[] } | undefined)?.imagePositionPatient;
  if (!ipp) return;
  const n = g.sliceDirection;
  const k = Math.round(((ipp[0] - g.origin[0]) * n[0] + (ipp[1] - g.origin[1]) * n[1] + (ipp[2] - g.origin[2]) * n[2]) / g.spacing[2]);
  if (k < 0 || k >= g.dimensions[2]) return;
  const [ni, nj] = g.dimensions;
  const key = `${o.sourceSeriesUID}|${o.field}|${k}|${o.opacity}|${r.seconds}`;
  let slice = slices.get(key);
  if (!slice) {
    slice = document.createElement('canvas');
    Object.assign(slice, { width: ni, height: nj });
    const px = overlayPixels(mapValues(r.maps, o.field), r.maps.fitted, k, ni * nj, listed.window, o.opacity);
    slice.getContext('2d')!.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, ni, nj), 0, 0);
    if (slices.size > 64) slices.clear();
    slices.set(key, slice);
  }
  const at = (i: number, j: number) => vp.worldToCanvas(voxelToPatient(g, voxelIndex(i, j, k)) as unknown as Types.Point3).map((x) => x * dpr);
  const t = sliceToCanvas(at(0, 0), at(1, 0), at(0, 1));
  ctx.setTransform(...t);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(slice, 0, 0);
}

function hook(element: HTMLDivElement): void {
  if (hooked.has(element)) return;
  hooked.add(element);
  element.addEventListener(Enums.Events.IMAGE_RENDERED, () => draw(element));
}

/** Draws every hooked viewport again (the overlay or its opacity changed). */
function redrawAll(): void {
  for (const engine of getRenderingEngines() ?? []) for (const vp of engine.getViewports()) {
    hook(vp.element);
    draw(vp.element);
  }
}

/**
 * The DCE map overlay on anatomy: over every stack viewport showing the dynamic series (any phase,
 * or a view derived from it), the chosen map's slice at the same position in the map colour map,
 * transparent where unfitted or 0, at the chosen opacity; follows pan, zoom and scrolling (redrawn
 * on each Cornerstone render). The values read out stay the anatomy's.
 */
export function installMapOverlay(): void {
  if (installed) return;
  installed = true;
  eventTarget.addEventListener(Enums.Events.ELEMENT_ENABLED, ((e: CustomEvent<{ element: HTMLDivElement }>) => hook(e.detail.element)) as EventListener);
  onMapJobChange(redrawAll);
  redrawAll();
}
