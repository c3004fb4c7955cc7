import { Enums, eventTarget, getRenderingEngines, StackViewport, utilities, type Types } from '@cornerstonejs/core';
import { derivedVolumeOfImage } from '../../../viewports/derivedImages';
import { MAP_COLORMAP_NAME, mapRgbPoints } from './mapColormap';

let installed = false;
const hooked = new WeakSet<HTMLDivElement>();

/** Plain grey, put back when a viewport that showed a map shows another series (the colour map is a viewport property that outlives its stack). */
const GREY_NAME = 'caliper-dce-grey';

/** A stack viewport showing a DCE map gets the map colour map over its window (once per new image); one that no longer does, grey again. */
function colour(vp: Types.IStackViewport): void {
  const id = vp.getCurrentImageId();
  const vol = id ? derivedVolumeOfImage(id) : undefined;
  const props = vp.getProperties();
  if (!vol?.unit || !vol.key.startsWith('dce:')) {
    if (props.colormap?.name === MAP_COLORMAP_NAME) {
      vp.setProperties({ colormap: { name: GREY_NAME } });
      vp.render();
    }
    return;
  }
  if (props.colormap?.name === MAP_COLORMAP_NAME) return;
  vp.setProperties({ colormap: { name: MAP_COLORMAP_NAME }, voiRange: { lower: vol.voi.lower, upper: vol.voi.upper } });
  vp.render();
}

function hook(element: HTMLDivElement): void {
  if (hooked.has(element)) return;
  hooked.add(element);
  element.addEventListener(Enums.Events.STACK_NEW_IMAGE, () => {
    for (const engine of getRenderingEngines() ?? []) {
      const vp = engine.getViewports().find((v) => v.element === element);
      if (vp instanceof StackViewport) colour(vp);
    }
  });
}

/**
 * Registers the DCE map colour map with Cornerstone and colours every stack viewport that shows a
 * map (its grey window becomes the colour window); values under the cursor stay the map's own.
 */
export function installMapColormap(): void {
  if (installed) return;
  installed = true;
  utilities.colormap.registerColormap({ Name: MAP_COLORMAP_NAME, ColorSpace: 'RGB', RGBPoints: mapRgbPoints(0, 1) } as never);
  utilities.colormap.registerColormap({ Name: GREY_NAME, ColorSpace: 'RGB', RGBPoints: [0, 0, 0, 0, 1, 1, 1, 1] } as never);
  eventTarget.addEventListener(Enums.Events.ELEMENT_ENABLED, ((e: CustomEvent<{ element: HTMLDivElement }>) => hook(e.detail.element)) as EventListener);
  for (const engine of getRenderingEngines() ?? []) for (const vp of engine.getViewports()) hook(vp.element);
}
