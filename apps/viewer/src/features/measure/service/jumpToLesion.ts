import { metaData, type Types } from '@cornerstonejs/core';
import type { PatientPoint } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import { seriesOfViewport } from '../tools/viewportSeries';
import { ensureEngineVolume } from './engineVolumes';
import { viewportById } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { appStore } from '../../../app/store';
import type { Lesion } from '../model/lesion';
import { jumpTargets } from './jumpTargets';

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
    centreIfOutside(vp, f);
    vp.render();
    return `stack index ${best} of ${ids.length}`;
  } else {
    const fp = cam.focalPoint!, pos = cam.position!;
    const d = (f[0] - fp[0]) * n[0] + (f[1] - fp[1]) * n[1] + (f[2] - fp[2]) * n[2];
    vp.setCamera({
      focalPoint: [fp[0] + d * n[0], fp[1] + d * n[1], fp[2] + d * n[2]],
      position: [pos[0] + d * n[0], pos[1] + d * n[1], pos[2] + d * n[2]],
    });
    centreIfOutside(vp, f);
  }
  vp.render();
  return 'camera';
}

/** Pan (in the view plane) so that `f` is at the centre when it is outside the canvas (zoomed in elsewhere). */
function centreIfOutside(vp: Types.IViewport, f: PatientPoint | V): void {
  const [x, y] = vp.worldToCanvas([f[0], f[1], f[2]] as Types.Point3);
  const el = vp.element as HTMLElement | undefined;
  if (!el || (x >= 0 && y >= 0 && x <= el.clientWidth && y <= el.clientHeight)) return;
  const cam = vp.getCamera();
  const n = cam.viewPlaneNormal!, fp = cam.focalPoint!, pos = cam.position!;
  const w = [f[0] - fp[0], f[1] - fp[1], f[2] - fp[2]];
  const h = w[0] * n[0] + w[1] * n[1] + w[2] * n[2];
  const d = [w[0] - h * n[0], w[1] - h * n[1], w[2] - h * n[2]];
  vp.setCamera({ focalPoint: [fp[0] + d[0], fp[1] + d[1], fp[2] + d[2]], position: [pos[0] + d[0], pos[1] + d[1], pos[2] + d[2]] });
}

/**
 * Show the planes through the lesion's centre: in `viewportId`, or in the view it was drawn in and
 * every other on-screen view of its series (MPR: all three planes; see jumpTargets).
 */
export async function jumpToLesion(lesion: Lesion, viewportId?: string): Promise<string> {
  const f = lesion.focusMm;
  if (![0, 1, 2].every((d) => Number.isFinite(f[d]))) return 'no focus';
  if (viewportId) return jumpToPoint(viewportId, f);
  const s = appStore.getState();
  const specs = viewportsFor(s.layout);
  const shown = specs.filter((v) => viewportById(v.id)).map((v) => ({ id: v.id, series: seriesOfViewport(v.id), projection: v.kind === 'mip' }));
  const targets = jumpTargets(lesion, shown, specs[s.activeViewport]?.id);
  const done = await Promise.all(targets.map((id) => jumpToPoint(id, f)));
  return targets.length ? targets.map((id, i) => `${id}: ${done[i]}`).join('; ') : 'no viewport';
}
