import type { Types } from '@cornerstonejs/core';

/**
 * Pans the camera in its view plane so that patient point `centreMm` (LPS mm) is at the centre and,
 * when given, zooms so the shorter side spans `fovMm` (parallel scale is half the height in mm).
 */
export function centreCamera(vp: Types.IViewport, centreMm: readonly number[], fovMm?: number): void {
  const cam = vp.getCamera();
  const n = cam.viewPlaneNormal!, fp = cam.focalPoint!, pos = cam.position!;
  const w = [centreMm[0] - fp[0], centreMm[1] - fp[1], centreMm[2] - fp[2]];
  const along = w[0] * n[0] + w[1] * n[1] + w[2] * n[2];
  const d = [w[0] - along * n[0], w[1] - along * n[1], w[2] - along * n[2]];
  const el = vp.element as HTMLElement | undefined;
  // parallelScale is half the viewport height; a wide viewport shows more across.
  const aspect = el && el.clientHeight > 0 ? Math.max(1, el.clientHeight / Math.max(1, el.clientWidth)) : 1;
  vp.setCamera({
    focalPoint: [fp[0] + d[0], fp[1] + d[1], fp[2] + d[2]],
    position: [pos[0] + d[0], pos[1] + d[1], pos[2] + d[2]],
    ...(fovMm ? { parallelScale: (fovMm / 2) * aspect } : {}),
  });
}

/** Field of view around a lesion: three times its long axis, 60–250 mm. */
export const fovFor = (longMm: number | undefined): number => Math.max(60, Math.min(250, 3 * (longMm ?? 30)));
