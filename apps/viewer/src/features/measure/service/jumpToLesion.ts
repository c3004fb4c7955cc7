import { metaData, type Types } from '@cornerstonejs/core';
import type { PatientPoint } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import { seriesOfViewport } from '../tools/viewportSeries';
import { ensureEngineVolume } from './engineVolumes';
import { viewportById } from '../../../viewports/controller';
import type { Lesion } from '../model/lesion';

type V = readonly number[];

/** Bring the plane through patient point `f` (LPS mm) into view: the nearest stack image, or a moved camera. */
export async function jumpToPoint(viewportId: string, f: PatientPoint | V): Promise<string> {
  const vp = viewportById(viewportId);
  if (!vp) return 'no viewport';
  const stack = vp as Partial<Types.IStackViewport>;
  const cam = vp.getCamera();
  const n = cam.viewPlaneNormal!;
  if (stack.setImageIdIndex && stack.getImageIds) {
    const ids = stack.getImageIds();
    let best = -1, bestD = Infinity, unknown = 0;
    ids.forEach((id, idx) => {
      const p = (metaData.get('imagePlaneModule', id) as { imagePositionPatient?: V } | undefined)?.imagePositionPatient;
      if (!p) return void unknown++;
      const d = Math.abs((f[0] - p[0]) * n[0] + (f[1] - p[1]) * n[1] + (f[2] - p[2]) * n[2]);
      if (d < bestD) [best, bestD] = [idx, d];
    });
    if (unknown > 0) {
      // Headers of images not yet shown are unknown: use the series' volume geometry instead.
      const uid = seriesOfViewport(viewportId)[0];
      if (uid) {
        const ev = await ensureEngineVolume(uid);
        const k = Math.round(patientToVoxel(ev.geometry, asPatient(f))[2]);
        best = ids.indexOf(ev.imageIds[Math.max(0, Math.min(ev.imageIds.length - 1, k))]);
      }
    }
    if (best >= 0) await stack.setImageIdIndex(best);
    vp.render();
    return `stack index ${best} of ${ids.length}`;
  } else {
    const fp = cam.focalPoint!, pos = cam.position!;
    const d = (f[0] - fp[0]) * n[0] + (f[1] - fp[1]) * n[1] + (f[2] - fp[2]) * n[2];
    vp.setCamera({
      focalPoint: [fp[0] + d * n[0], fp[1] + d * n[1], fp[2] + d * n[2]],
      position: [pos[0] + d * n[0], pos[1] + d * n[1], pos[2] + d * n[2]],
    });
  }
  vp.render();
  return 'camera';
}

/** Scroll the lesion's viewport (or `viewportId`) to the slice through the lesion's centre. */
export function jumpToLesion(lesion: Lesion, viewportId?: string): Promise<string> {
  return jumpToPoint(viewportId ?? lesion.viewportId ?? '', lesion.focusMm);
}
