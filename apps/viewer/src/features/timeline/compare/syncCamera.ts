import type { Types } from '@cornerstonejs/core';
import type { Side } from '../align/mapSlice';
import { toCurrent, toPrior } from '../align/rigidTransform';
import { currentPoint, priorPoint, type RigidTransform } from '../align/types';
import { COMPARE_VIEWPORT, otherSide, stackViewport } from './compareViewports';

const sub = (a: ArrayLike<number>, b: ArrayLike<number>) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * Zoom and pan of the other side follow `from`: the same physical scale (mm per screen pixel, via
 * parallelScale scaled by the viewports' heights) and the same anatomy at the view centre (the
 * focal point mapped through the alignment, kept on the other side's own image plane).
 */
export function syncCameraFrom(from: Side, transform: RigidTransform): void {
  const s = stackViewport(from);
  const t = stackViewport(otherSide(from));
  if (!s || !t) return;
  const sc = s.getCamera();
  const tc = t.getCamera();
  if (!sc.focalPoint || !tc.focalPoint || !tc.position || !tc.viewPlaneNormal || !sc.parallelScale) return;
  const f = from === 'current' ? toPrior(transform, currentPoint(sc.focalPoint)) : toCurrent(transform, priorPoint(sc.focalPoint));
  const n = tc.viewPlaneNormal;
  const off = dot(sub(f, tc.focalPoint), n);
  const focalPoint = [f[0] - off * n[0], f[1] - off * n[1], f[2] - off * n[2]] as Types.Point3;
  const d = sub(focalPoint, tc.focalPoint);
  const position = [tc.position[0] + d[0], tc.position[1] + d[1], tc.position[2] + d[2]] as Types.Point3;
  const ratio = (t.element.clientHeight || 1) / (s.element.clientHeight || 1);
  t.setCamera({ focalPoint, position, parallelScale: sc.parallelScale * ratio });
  t.render();
}

/** Synchronizer callback (CAMERA_MODIFIED). */
export function cameraSyncCallback(transform: () => RigidTransform) {
  return (_sync: unknown, source: Types.IViewportId) => syncCameraFrom(source.viewportId === COMPARE_VIEWPORT.prior ? 'prior' : 'current', transform());
}
