import { Enums, type Types } from '@cornerstonejs/core';
import { appStore } from '../../app/store';
import { getEngine } from '../engine';
import { planeThrough, sameOrientation } from './planeThrough';
import { advanceLinkedPoint } from './advanceLinkedPoint';
import type { Vec3 } from './spaces';

type Vp = Types.IVolumeViewport;

/** The panes that follow each other (one group: the panes of the shown PET/CT). */
let linked: { id: string; element: HTMLDivElement; off: () => void }[] = [];
let syncing = false;
/** The LPS point the linked panes share (a MIP click's voxel, then moved slice by slice). */
let shared: Vec3 | null = null;

function setShared(p: Vec3 | null): void {
  shared = p;
  appStore.getState().setLinkedPoint(p ? [p[0], p[1], p[2]] : null);
}

function viewport(id: string): Vp | undefined {
  try {
    return getEngine().getViewport(id) as Vp | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves the other linked panes after a camera change of `sourceId`: a pane of the same orientation
 * takes the camera (slice, pan and zoom: CT and fused axial stay identical); a pane of another
 * orientation moves its plane through the shared point, of which only the component along the
 * source's normal changed (advanceLinkedPoint): a pan moves no other pane's slice.
 */
function follow(sourceId: string): void {
  const src = viewport(sourceId);
  if (!src || syncing) return;
  const cam = src.getCamera();
  if (!cam.focalPoint || !cam.viewPlaneNormal) return;
  const p = advanceLinkedPoint(shared ?? (cam.focalPoint as Vec3), cam.focalPoint as Vec3, cam.viewPlaneNormal as Vec3);
  setShared(p);
  syncing = true;
  try {
    for (const l of linked) {
      if (l.id === sourceId) continue;
      const vp = viewport(l.id);
      if (!vp) continue;
      const c = vp.getCamera();
      if (!c.viewPlaneNormal || !c.focalPoint || !c.position) continue;
      if (sameOrientation(c.viewPlaneNormal as Vec3, cam.viewPlaneNormal as Vec3)) {
        vp.setCamera({ focalPoint: cam.focalPoint, position: cam.position, viewPlaneNormal: cam.viewPlaneNormal, viewUp: cam.viewUp, parallelScale: cam.parallelScale });
      } else {
        const moved = planeThrough({ focalPoint: c.focalPoint as Vec3, position: c.position as Vec3, viewPlaneNormal: c.viewPlaneNormal as Vec3 }, p);
        if (!moved) continue;
        vp.setCamera({ focalPoint: [...moved.focalPoint] as Types.Point3, position: [...moved.position] as Types.Point3 });
      }
      vp.render();
    }
  } finally {
    syncing = false;
  }
}

/**
 * Links the slice panes of a layout (CT, PET, fused; not the MIP): scrolling, panning or zooming one
 * moves the others to the same LPS point. Replaces the previous group. Returns the unlink function.
 */
export function linkPanes(viewportIds: readonly string[]): () => void {
  unlinkPanes();
  for (const id of viewportIds) {
    const vp = viewport(id);
    if (!vp) continue;
    const element = vp.element as HTMLDivElement;
    const on = () => follow(id);
    element.addEventListener(Enums.Events.CAMERA_MODIFIED, on);
    linked.push({ id, element, off: () => element.removeEventListener(Enums.Events.CAMERA_MODIFIED, on) });
  }
  const f = linked[0] ? viewport(linked[0].id)?.getCamera().focalPoint : undefined;
  setShared(f ? [f[0], f[1], f[2]] : null);
  return unlinkPanes;
}

export function unlinkPanes(): void {
  for (const l of linked) l.off();
  linked = [];
  setShared(null);
}

/** The ids of the linked panes. */
export const linkedPanes = (): string[] => linked.map((l) => l.id);

/**
 * Moves every linked pane so that its plane passes through `point` (LPS mm), e.g. the hottest voxel
 * under a MIP click; a pane already there stays. Panning is not changed.
 */
export function navigatePanesTo(point: Vec3): void {
  setShared([point[0], point[1], point[2]]);
  syncing = true;
  try {
    for (const l of linked) {
      const vp = viewport(l.id);
      const c = vp?.getCamera();
      if (!vp || !c?.viewPlaneNormal || !c.focalPoint || !c.position) continue;
      const moved = planeThrough({ focalPoint: c.focalPoint as Vec3, position: c.position as Vec3, viewPlaneNormal: c.viewPlaneNormal as Vec3 }, point);
      if (moved) vp.setCamera({ focalPoint: [...moved.focalPoint] as Types.Point3, position: [...moved.position] as Types.Point3 });
      vp.render();
    }
  } finally {
    syncing = false;
  }
}
