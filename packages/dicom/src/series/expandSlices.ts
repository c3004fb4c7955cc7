import type { Vec3 } from '@caliper/core';
import type { Instance, Orientation } from '../model/instance';
import { numbers } from '../parse/readTags';
import { axesOf } from './vec';

/** A frame with the geometry that applies to it (per-frame functional groups override the instance). */
export interface RawSlice {
  readonly instance: Instance;
  readonly frame: number;
  readonly position?: Vec3;
  readonly orientation?: Orientation;
  readonly pixelSpacing?: readonly [number, number];
}

/**
 * Every frame of an instance with its position: enhanced objects from their functional groups;
 * RT Dose style multi-frame from GridFrameOffsetVector (3004,000C) along the normal; other
 * multi-frame objects without per-frame positions get no position (not stackable by geometry).
 */
export function expandSlices(inst: Instance): RawSlice[] {
  const base = { orientation: inst.imageOrientationPatient, pixelSpacing: inst.pixelSpacing };
  if (inst.numberOfFrames === 1) return [{ instance: inst, frame: 0, position: inst.imagePositionPatient, ...base }];
  if (inst.frames) {
    return inst.frames.map((f, frame) => ({
      instance: inst,
      frame,
      position: f.imagePositionPatient,
      orientation: f.imageOrientationPatient ?? inst.imageOrientationPatient,
      pixelSpacing: f.pixelSpacing ?? inst.pixelSpacing,
    }));
  }
  const offsets = numbers(inst.dataSet, 'x3004000c');
  const ipp = inst.imagePositionPatient;
  const iop = inst.imageOrientationPatient;
  const out: RawSlice[] = [];
  for (let frame = 0; frame < inst.numberOfFrames; frame++) {
    let position: Vec3 | undefined;
    if (offsets && offsets.length === inst.numberOfFrames && ipp && iop) {
      const n = axesOf(iop).normal;
      const d = offsets[frame];
      position = [ipp[0] + d * n[0], ipp[1] + d * n[1], ipp[2] + d * n[2]];
    }
    out.push({ instance: inst, frame, position, ...base });
  }
  return out;
}
