import { Enums, type Types } from '@cornerstonejs/core';
import { getEngine } from '../engine';
import { mipAngleOf, mipViewAt } from './mipCamera';
import { mipSampling } from './mipSampling';
import type { Vec3 } from '../navigation/spaces';

interface VolumeMapperLike {
  setSampleDistance(d: number): void;
  setMaximumSamplesPerRay(n: number): void;
}

const vpOf = (id: string) => {
  try {
    return getEngine().getViewport(id) as Types.IVolumeViewport | undefined;
  } catch {
    return undefined;
  }
};

/**
 * Makes a volume viewport a whole-body PET MIP: maximum-intensity blend, a slab through the whole
 * volume, and ray sampling that reaches across it (mipSampling; Cornerstone's 4000-sample cap cut
 * whole-body rays short).
 */
export function setupMip(vp: Types.IVolumeViewport, volume: Types.IImageVolume): void {
  const dims = [...volume.dimensions] as unknown as Vec3;
  const spacing = [...volume.spacing] as unknown as Vec3;
  vp.setBlendMode(Enums.BlendModes.MAXIMUM_INTENSITY_BLEND);
  vp.setSlabThickness(Math.hypot(dims[0] * spacing[0], dims[1] * spacing[1], dims[2] * spacing[2]));
  const { sampleDistance, maxSamples } = mipSampling(dims, spacing);
  for (const a of vp.getActors()) {
    const mapper = (a.actor as Types.VolumeActor).getMapper() as unknown as VolumeMapperLike;
    mapper.setMaximumSamplesPerRay(maxSamples);
    mapper.setSampleDistance(sampleDistance);
  }
}

/** Turns a MIP to `angleDeg` about the body axis (0° anterior, 90° from the patient's left), keeping zoom and centre. */
export function setMipAngle(viewportId: string, angleDeg: number): void {
  const vp = vpOf(viewportId);
  const cam = vp?.getCamera();
  if (!vp || !cam?.focalPoint || !cam.position) return;
  const { viewPlaneNormal, viewUp } = mipViewAt(angleDeg);
  const dist = Math.hypot(cam.position[0] - cam.focalPoint[0], cam.position[1] - cam.focalPoint[1], cam.position[2] - cam.focalPoint[2]) || 1000;
  const f = cam.focalPoint;
  vp.setCamera({
    viewPlaneNormal: [...viewPlaneNormal] as Types.Point3,
    viewUp: [...viewUp] as Types.Point3,
    focalPoint: f,
    position: [f[0] + viewPlaneNormal[0] * dist, f[1] + viewPlaneNormal[1] * dist, f[2] + viewPlaneNormal[2] * dist],
  });
  vp.render();
}

/** The rotation angle a MIP shows (degrees, 0–360), undefined for a non-rotated axis view. */
export function mipAngle(viewportId: string): number | undefined {
  const n = vpOf(viewportId)?.getCamera().viewPlaneNormal;
  return n ? mipAngleOf(n) : undefined;
}

const spinning = new Map<string, { raf: number; speed: number }>();

/**
 * Cine of a MIP around the body axis at `degPerSecond` (default 30: one turn in 12 s), time-based so
 * a slow frame does not slow the turn. Calling again changes the speed. Stop with stopRotatingMip.
 */
export function startRotatingMip(viewportId: string, degPerSecond = 30): void {
  const running = spinning.get(viewportId);
  if (running) {
    running.speed = degPerSecond;
    return;
  }
  const state = { raf: 0, speed: degPerSecond };
  spinning.set(viewportId, state);
  let angle = mipAngle(viewportId) ?? 0;
  let last = performance.now();
  const tick = (now: number) => {
    if (spinning.get(viewportId) !== state) return;
    angle = (angle + ((now - last) / 1000) * state.speed) % 360;
    last = now;
    if (!vpOf(viewportId)) return void spinning.delete(viewportId);
    setMipAngle(viewportId, angle);
    state.raf = requestAnimationFrame(tick);
  };
  state.raf = requestAnimationFrame(tick);
}

export function stopRotatingMip(viewportId: string): void {
  const s = spinning.get(viewportId);
  if (s) cancelAnimationFrame(s.raf);
  spinning.delete(viewportId);
}

export const isRotatingMip = (viewportId: string): boolean => spinning.has(viewportId);
