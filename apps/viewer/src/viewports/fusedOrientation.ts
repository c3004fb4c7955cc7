import { Enums, StackViewport, type Types } from '@cornerstonejs/core';
import { getEngine } from './engine';
import { fitViewportToVolume } from './fitViewport';
import { viewportImageLayers } from './viewportLayers';
import { planeThrough } from './navigation/planeThrough';
import type { Vec3 } from './navigation/spaces';

const AXIS = { axial: Enums.OrientationAxis.AXIAL, sagittal: Enums.OrientationAxis.SAGITTAL, coronal: Enums.OrientationAxis.CORONAL } as const;

/**
 * Turns every fused PET/CT pane (two or more volume layers, not a MIP) to `plane`, through the point
 * it showed (its focal point), fitted to the volume: MPR fusion in the three orientations.
 */
export function setFusedOrientation(plane: keyof typeof AXIS): void {
  for (const vp of getEngine().getViewports()) {
    if (vp instanceof StackViewport) continue;
    const v = vp as Types.IVolumeViewport;
    if (viewportImageLayers(v).length < 2 || v.getBlendMode() === Enums.BlendModes.MAXIMUM_INTENSITY_BLEND) continue;
    const before = v.getCamera().focalPoint;
    v.setOrientation(AXIS[plane]);
    fitViewportToVolume(v);
    const c = v.getCamera();
    if (before && c.focalPoint && c.position && c.viewPlaneNormal) {
      const moved = planeThrough({ focalPoint: c.focalPoint as Vec3, position: c.position as Vec3, viewPlaneNormal: c.viewPlaneNormal as Vec3 }, before as Vec3);
      if (moved) v.setCamera({ focalPoint: [...moved.focalPoint] as Types.Point3, position: [...moved.position] as Types.Point3 });
    }
    v.render();
  }
}
