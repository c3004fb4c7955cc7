import { Enums, metaData, type Types } from '@cornerstonejs/core';
import { SynchronizerManager, synchronizers } from '@cornerstonejs/tools';
import { ENGINE_ID } from '../../../viewports/ids';
import { getEngine } from '../../../viewports/engine';
import { closestSlice } from '../model/closestSlice';

type V = readonly number[];
const plane = (id: string | undefined) =>
  (id ? (metaData.get('imagePlaneModule', id) as { imagePositionPatient?: V; rowCosines?: V; columnCosines?: V; sliceThickness?: number } | undefined) : undefined);

let bound: string[] = [];

/** Removes the synchronizers of the previous hanging (a new hanging, or another layout). */
export function unbindHangingSync(): void {
  for (const id of bound) SynchronizerManager.destroySynchronizer(id);
  bound = [];
}

/**
 * A target stack follows the source's slice by patient position (LPS mm along the source's
 * normal): the nearest of its planes within one slice spacing, else it stays where it is.
 * Series of one frame of reference only (a protocol's panes of one study).
 */
function sliceByPosition(_s: unknown, source: Types.IViewportId, target: Types.IViewportId): void {
  const engine = getEngine();
  const src = engine.getViewport(source.viewportId) as Types.IStackViewport | undefined;
  const tgt = engine.getViewport(target.viewportId) as Types.IStackViewport | undefined;
  if (!src || !tgt || typeof tgt.getImageIds !== 'function') return;
  const p = plane(src.getCurrentImageId());
  if (!p?.imagePositionPatient || !p.rowCosines || !p.columnCosines) return;
  const [r, c] = [p.rowCosines, p.columnCosines];
  const n = [r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]];
  const ids = tgt.getImageIds();
  const positions = ids.map((id) => plane(id)?.imagePositionPatient);
  const along = positions.filter((x): x is V => !!x).map((x) => x[0] * n[0] + x[1] * n[1] + x[2] * n[2]).sort((a, b) => a - b);
  const spacing = along.length > 1 ? Math.max(...along.slice(1).map((v, i) => v - along[i])) : (plane(ids[0])?.sliceThickness ?? 1);
  const k = closestSlice(p.imagePositionPatient, positions, n, Math.max(spacing, 0.01));
  if (k >= 0 && k !== tgt.getCurrentImageIdIndex()) void tgt.setImageIdIndex(k);
}

/**
 * Links the panes of a stack hanging as its protocol's sync groups say: scroll (by patient
 * position), zoom and pan (Cornerstone's zoom/pan synchronizer). Prior | current, PET/CT and MPR
 * hangings have their own linking (timeline compare, fusion panes, crosshairs).
 */
export function bindHangingSync(groups: readonly { viewportIds: readonly string[]; by: readonly ('scroll' | 'zoom' | 'pan')[] }[]): void {
  unbindHangingSync();
  groups.forEach((g, i) => {
    const made = [];
    if (g.by.includes('scroll')) made.push(SynchronizerManager.createSynchronizer(`caliper-hanging-slice-${i}`, Enums.Events.STACK_NEW_IMAGE, sliceByPosition as never));
    if (g.by.includes('zoom') || g.by.includes('pan')) made.push(synchronizers.createZoomPanSynchronizer(`caliper-hanging-zoompan-${i}`));
    for (const s of made) {
      for (const viewportId of g.viewportIds) s.add({ renderingEngineId: ENGINE_ID, viewportId });
      bound.push(s.id);
    }
  });
}
