import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Types } from '@cornerstonejs/core';
import type { Geometry } from '@caliper/core';
import { patientToVoxel, voxelIndex, voxelToPatient } from '@caliper/core';
import { viewportById } from '../../../viewports/controller';
import type { ViewKind } from '../../../viewports/ids';
import { engineVolumeInfo } from '../../measure/service/engineVolumes';
import { maskOutlineOnPlane } from '../../measure/ui/grow/maskOutlineOnPlane';
import type { VoxelAxis } from '../../measure/ui/grow/maskOutlineOnPlane';
import { useRenderTick } from '../../measure/ui/useRenderTick';
import { viewportInPetFrame } from '../service/samePatientFrame';
import { useBurden } from '../model/burdenState';
import { projectMask } from '../model/projectMask';
import { lesionColor } from './lesionColors';
import { BrushCursor } from './BrushCursor';

/** SVG path of every kept lesion on the viewport's plane (a MIP: the lesion's projected footprint). */
function usePaths(viewportId: string, kind: ViewKind, tick: number): { id: number; color: string; d: string }[] {
  const result = useBurden((s) => s.result);
  const seriesUID = useBurden((s) => s.seriesUID);
  const removed = useBurden((s) => s.removed);
  return useMemo(() => {
    const ev = seriesUID ? engineVolumeInfo(seriesUID) : undefined;
    const vp = viewportById(viewportId);
    if (!result || !ev || !vp || !seriesUID) return [];
    // Only over views in the PET's patient frame (the PET itself, its CT, the fusion, the MIP).
    if (!viewportInPetFrame(viewportId, seriesUID)) return [];
    const g: Geometry = ev.geometry;
    const cam = vp.getCamera();
    const n = cam.viewPlaneNormal ?? [0, 0, 1];
    const dots = [g.rowDirection, g.columnDirection, g.sliceDirection].map((d) => Math.abs(d[0] * n[0] + d[1] * n[1] + d[2] * n[2]));
    const axis = (dots[0] > dots[1] && dots[0] > dots[2] ? 0 : dots[1] > dots[2] ? 1 : 2) as VoxelAxis;
    const index = Math.round(patientToVoxel(g, cam.focalPoint as never)[axis]);
    const [ua, va] = axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
    const out: { id: number; color: string; d: string }[] = [];
    // id 0: the excluded physiological uptake (drawn dashed, under the lesions).
    const masks = [...(result.exclusionMask ? [{ id: 0, color: '#d0d0d0', mask: result.exclusionMask }] : []),
      ...result.lesions.map((l, i) => ({ id: l.id, color: lesionColor(i), mask: result.lesionMasks[i] }))];
    masks.forEach(({ id, color, mask }) => {
      if (removed.includes(id)) return;
      const m = kind === 'mip' ? projectMask(mask, axis) : mask;
      const at = m.bbox && kind === 'mip' ? m.bbox[0][axis] : index;
      const edges = maskOutlineOnPlane(m, axis, at);
      if (!edges.length) return;
      const p = (u: number, v: number) => {
        const c = [0, 0, 0];
        c[axis] = at;
        c[ua] = u;
        c[va] = v;
        return vp.worldToCanvas(voxelToPatient(g, voxelIndex(c[0], c[1], c[2])) as unknown as Types.Point3);
      };
      const o = p(0, 0), pu = p(1, 0), pv = p(0, 1);
      const x = (u: number, v: number) => (o[0] + u * (pu[0] - o[0]) + v * (pv[0] - o[0])).toFixed(1);
      const y = (u: number, v: number) => (o[1] + u * (pu[1] - o[1]) + v * (pv[1] - o[1])).toFixed(1);
      out.push({ id, color, d: edges.map(([u0, v0, u1, v1]) => `M${x(u0, v0)},${y(u0, v0)}L${x(u1, v1)},${y(u1, v1)}`).join('') });
    });
    return out;
    // tick: the camera moved (scroll, zoom, pan).
  }, [result, seriesUID, removed, viewportId, kind, tick]);
}

/** The split points clicked so far, as crosses on the plane views whose slice holds them (within half a PET voxel). */
function useSplitMarks(viewportId: string, kind: ViewKind, tick: number): [number, number][] {
  const points = useBurden((s) => s.splitPoints);
  const seriesUID = useBurden((s) => s.seriesUID);
  return useMemo(() => {
    const vp = viewportById(viewportId);
    const ev = seriesUID ? engineVolumeInfo(seriesUID) : undefined;
    if (!vp || !ev || kind === 'mip' || !points.length) return [];
    const cam = vp.getCamera();
    const n = cam.viewPlaneNormal ?? [0, 0, 1], f = cam.focalPoint ?? [0, 0, 0];
    const half = Math.max(...ev.geometry.spacing) / 2;
    return points
      .filter((p) => Math.abs((p[0] - f[0]) * n[0] + (p[1] - f[1]) * n[1] + (p[2] - f[2]) * n[2]) <= half)
      .map((p) => {
        const c = vp.worldToCanvas([p[0], p[1], p[2]] as Types.Point3);
        return [c[0], c[1]] as [number, number];
      });
    // tick: the camera moved.
  }, [points, seriesUID, viewportId, kind, tick]);
}

function Outlines({ viewportId, kind, element }: { viewportId: string; kind: ViewKind; element: HTMLElement | null }) {
  const tick = useRenderTick(element);
  const paths = usePaths(viewportId, kind, tick);
  const marks = useSplitMarks(viewportId, kind, tick);
  const brushing = useBurden((s) => (s.editing === 'paint' || s.editing === 'erase') && kind !== 'mip');
  if (!paths.length && !marks.length && !brushing) return null;
  return (
    <svg className="burden-outlines" data-viewport-id={viewportId} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none', zIndex: 2 }}>
      {/* A dark halo under each colour: the palette stays visible over the fused view's colour map. */}
      {paths.filter((p) => p.id === 0).map((p) => <path key="excluded" data-burden-excluded d={p.d} stroke={p.color} strokeOpacity={0.7} strokeWidth={1} strokeDasharray="3 3" fill="none" />)}
      {paths.filter((p) => p.id > 0).map((p) => <path key={`halo-${p.id}`} d={p.d} stroke="#000" strokeOpacity={0.8} strokeWidth={3.5} fill="none" />)}
      {paths.filter((p) => p.id > 0).map((p) => <path key={p.id} data-burden-lesion={p.id} d={p.d} stroke={p.color} strokeWidth={1.75} fill="none" />)}
      {brushing && <BrushCursor viewportId={viewportId} element={element} />}
      {marks.map(([x, y], i) => (
        <g key={`split-${i}`} data-split-point={i + 1} stroke="#fff" strokeWidth={2}>
          <path d={`M${x - 6},${y}L${x + 6},${y}M${x},${y - 6}L${x},${y + 6}`} />
          <text x={x + 8} y={y - 8} fill="#fff" stroke="none" fontSize={12}>{i + 1}</text>
        </g>
      ))}
    </svg>
  );
}

/** The burden result's lesions colour-coded over one viewport (planes and the PET MIP). */
export function BurdenOutlines({ viewportId, kind }: { viewportId: string; kind: ViewKind }) {
  const [cell, setCell] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setCell(document.querySelector<HTMLElement>(`.viewport-cell[data-viewport-id="${viewportId}"]`));
  }, [viewportId]);
  if (!cell) return null;
  return createPortal(<Outlines viewportId={viewportId} kind={kind} element={cell.querySelector<HTMLElement>('.viewport-element')} />, cell);
}
