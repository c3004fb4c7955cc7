import { useMemo } from 'react';
import type { Types } from '@cornerstonejs/core';
import { patientToVoxel, voxelToPatient, voxelIndex } from '@caliper/core';
import { useApp } from '../../../../app/store';
import { viewportById } from '../../../../viewports/controller';
import { engineVolumeInfo } from '../../service/engineVolumes';
import { maskOutlineOnPlane } from './maskOutlineOnPlane';
import type { VoxelAxis } from './maskOutlineOnPlane';

/**
 * Outline of the grow preview on the viewport's shown plane (axial, coronal or sagittal: only that
 * plane of the bbox-cropped mask is traced). Solid when it is the preview of the bounds asked for last; dashed and dimmed
 * while a newer preview is being computed (it then shows the previous bounds' region).
 */
export function GrowOutline({ viewportId, tick }: { viewportId: string; tick: number }) {
  const reply = useApp((s) => (s.grow?.viewportId === viewportId ? s.grow.reply : undefined));
  const seriesUID = useApp((s) => s.grow?.seriesUID);
  const stale = useApp((s) => !!s.grow?.reply && s.grow.reply.version !== s.grow.version);
  const path = useMemo(() => {
    const ev = seriesUID && engineVolumeInfo(seriesUID);
    const vp = viewportById(viewportId);
    if (!reply || !ev || !vp) return '';
    // The voxel axis the view looks along (axial, coronal or sagittal planes of the grid) and its index.
    const cam = vp.getCamera();
    const n = cam.viewPlaneNormal ?? [0, 0, 1];
    const dirs = [ev.geometry.rowDirection, ev.geometry.columnDirection, ev.geometry.sliceDirection];
    const dots = dirs.map((d) => Math.abs(d[0] * n[0] + d[1] * n[1] + d[2] * n[2]));
    const axis = (dots[0] > dots[1] && dots[0] > dots[2] ? 0 : dots[1] > dots[2] ? 1 : 2) as VoxelAxis;
    const index = Math.round(patientToVoxel(ev.geometry, cam.focalPoint as never)[axis]);
    const [ua, va] = axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
    // In-plane voxel (u, v) → canvas is affine (parallel projection): 3 projections, not 2 per edge.
    const at = (u: number, v: number) => {
      const c = [0, 0, 0];
      c[axis] = index;
      c[ua] = u;
      c[va] = v;
      return vp.worldToCanvas(voxelToPatient(ev.geometry, voxelIndex(c[0], c[1], c[2])) as unknown as Types.Point3);
    };
    const o = at(0, 0), pu = at(1, 0), pv = at(0, 1);
    const du = [pu[0] - o[0], pu[1] - o[1]], dv = [pv[0] - o[0], pv[1] - o[1]];
    const x = (u: number, v: number) => (o[0] + u * du[0] + v * dv[0]).toFixed(1);
    const y = (u: number, v: number) => (o[1] + u * du[1] + v * dv[1]).toFixed(1);
    return maskOutlineOnPlane(reply.mask, axis, index).map(([u0, v0, u1, v1]) => `M${x(u0, v0)},${y(u0, v0)}L${x(u1, v1)},${y(u1, v1)}`).join('');
    // tick: the camera moved (scroll, zoom, pan).
  }, [reply, seriesUID, viewportId, tick]);
  if (!path || !reply) return null;
  return (
    <svg className="grow-outline" data-version={reply.version} data-stale={stale} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}>
      <path d={path} stroke="#ffd400" strokeWidth={1.5} fill="none" {...(stale ? { strokeDasharray: '4 3', opacity: 0.5 } : {})} />
    </svg>
  );
}
