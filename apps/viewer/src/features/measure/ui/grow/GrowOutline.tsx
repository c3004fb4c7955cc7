import { useMemo } from 'react';
import type { Types } from '@cornerstonejs/core';
import { patientToVoxel, voxelToPatient, voxelIndex } from '@caliper/core';
import { useApp } from '../../../../app/store';
import { viewportById } from '../../../../viewports/controller';
import { engineVolumeInfo } from '../../service/engineVolumes';
import { maskOutline } from '../maskOutline';

/**
 * Outline of the grow preview on the viewport's shown slice (only that slice of the bbox-cropped
 * mask is traced). Solid when it is the preview of the bounds asked for last; dashed and dimmed
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
    const k = Math.round(patientToVoxel(ev.geometry, vp.getCamera().focalPoint as never)[2]);
    // Voxel (i, j) on slice k → canvas is affine (parallel projection): 3 projections, not 2 per edge.
    const at = (i: number, j: number) => vp.worldToCanvas(voxelToPatient(ev.geometry, voxelIndex(i, j, k)) as unknown as Types.Point3);
    const o = at(0, 0), pi = at(1, 0), pj = at(0, 1);
    const di = [pi[0] - o[0], pi[1] - o[1]], dj = [pj[0] - o[0], pj[1] - o[1]];
    const x = (i: number, j: number) => (o[0] + i * di[0] + j * dj[0]).toFixed(1);
    const y = (i: number, j: number) => (o[1] + i * di[1] + j * dj[1]).toFixed(1);
    return maskOutline(reply.mask, k).map(([i0, j0, i1, j1]) => `M${x(i0, j0)},${y(i0, j0)}L${x(i1, j1)},${y(i1, j1)}`).join('');
    // tick: the camera moved (scroll, zoom, pan).
  }, [reply, seriesUID, viewportId, tick]);
  if (!path || !reply) return null;
  return (
    <svg className="grow-outline" data-version={reply.version} data-stale={stale} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}>
      <path d={path} stroke="#ffd400" strokeWidth={1.5} fill="none" {...(stale ? { strokeDasharray: '4 3', opacity: 0.5 } : {})} />
    </svg>
  );
}
