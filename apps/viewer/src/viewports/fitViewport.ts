import type { Types } from '@cornerstonejs/core';
import { fitCamera } from './navigation/fitCamera';
import { lpsDirection, lpsPoint } from './navigation/spaces';

/** parallelScale each viewport was last fitted to: a camera still at it was not zoomed by the reader. */
const fittedScale = new Map<string, number>();

/**
 * Fits a volume viewport's camera so the whole volume (its default actor's voxel box) shows in
 * both width and height, centred, at the current slice depth. Cornerstone's reset fits one
 * dimension only: a sagittal or coronal of a whole body lost its head and feet in a wide pane.
 */
export function fitViewportToVolume(vp: Types.IVolumeViewport): boolean {
  const data = vp.getImageData();
  const camera = vp.getCamera();
  const canvas = vp.canvas;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (!data || !camera.focalPoint || !camera.position || !camera.viewUp || !camera.viewPlaneNormal || !w || !h) return false;
  const [ni, nj, nk] = data.dimensions;
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((b) =>
    lpsPoint(data.imageData.indexToWorld([b & 1 ? ni - 0.5 : -0.5, b & 2 ? nj - 0.5 : -0.5, b & 4 ? nk - 0.5 : -0.5])),
  );
  const fit = fitCamera({
    corners,
    focalPoint: lpsPoint(camera.focalPoint),
    viewUp: lpsDirection(camera.viewUp),
    viewPlaneNormal: lpsDirection(camera.viewPlaneNormal),
    canvasWidthPx: w,
    canvasHeightPx: h,
  });
  const focal = camera.focalPoint;
  const shift = [0, 1, 2].map((a) => fit.focalPoint[a] - focal[a]);
  vp.setCamera({
    focalPoint: [...fit.focalPoint] as Types.Point3,
    position: camera.position.map((p, a) => p + shift[a]) as Types.Point3,
    parallelScale: fit.parallelScale,
  });
  fittedScale.set(vp.id, fit.parallelScale);
  return true;
}

/**
 * After a resize (window, sidebar, layout), fits again the volume viewports the reader has not
 * zoomed since their last fit, so a narrower pane still shows the whole extent.
 */
export function refitUnzoomed(viewports: readonly Types.IViewport[]): void {
  for (const vp of viewports) {
    const fitted = fittedScale.get(vp.id);
    const scale = vp.getCamera().parallelScale;
    if (fitted === undefined || scale === undefined || Math.abs(scale - fitted) > 1e-6 * fitted) continue;
    if (fitViewportToVolume(vp as Types.IVolumeViewport)) vp.render();
  }
}
