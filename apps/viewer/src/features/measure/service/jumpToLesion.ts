import type { Types } from '@cornerstonejs/core';
import { patientToVoxel } from '@caliper/core';
import { viewportById } from '../../../viewports/controller';
import type { Lesion } from '../model/lesion';
import { engineVolumeInfo } from './engineVolumes';

/** Scroll the lesion's viewport (or `viewportId`) to the slice through the lesion's centre. */
export async function jumpToLesion(lesion: Lesion, viewportId?: string): Promise<void> {
  const vp = viewportById(viewportId ?? lesion.viewportId ?? '') as Types.IViewport | undefined;
  if (!vp) return;
  const f = lesion.focusMm;
  const stack = vp as Partial<Types.IStackViewport>;
  if (stack.setImageIdIndex && stack.getImageIds) {
    const ev = engineVolumeInfo(lesion.seriesUIDs[0]);
    if (!ev) return;
    const k = Math.round(patientToVoxel(ev.geometry, f)[2]);
    const idx = stack.getImageIds().indexOf(ev.imageIds[k]);
    if (idx >= 0) await stack.setImageIdIndex(idx);
  } else {
    const cam = vp.getCamera();
    const n = cam.viewPlaneNormal!, fp = cam.focalPoint!, pos = cam.position!;
    const d = (f[0] - fp[0]) * n[0] + (f[1] - fp[1]) * n[1] + (f[2] - fp[2]) * n[2];
    vp.setCamera({
      focalPoint: [fp[0] + d * n[0], fp[1] + d * n[1], fp[2] + d * n[2]],
      position: [pos[0] + d * n[0], pos[1] + d * n[1], pos[2] + d * n[2]],
    });
  }
  vp.render();
}
