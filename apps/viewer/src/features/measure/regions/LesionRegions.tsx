import { useEffect, useMemo } from 'react';
import type { Types } from '@cornerstonejs/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { useApp } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import type { ViewKind } from '../../../viewports/ids';
import { projectMask } from '../../burden/model/projectMask';
import type { CroppedMask } from '@caliper/engine';
import { seriesOfViewport } from '../tools/viewportSeries';
import type { VoxelAxis } from '../ui/grow/maskOutlineOnPlane';
import { planeOfGrid } from './planeOfGrid';
import { regionColor } from './regionColor';
import { hasRegion, regionOf, requestRegions, useRegionEpoch } from './regionMasks';
import { regionPaths } from './regionPaths';
import { sameFrame } from './sameFrame';
import { tooltipText } from '@caliper/core';

/** A region's MIP footprint per axis, computed once per mask (not at every render of the view). */
const projections = new WeakMap<CroppedMask, Map<VoxelAxis, CroppedMask>>();
function projected(mask: CroppedMask, axis: VoxelAxis): CroppedMask {
  let m = projections.get(mask);
  if (!m) projections.set(mask, (m = new Map()));
  let p = m.get(axis);
  if (!p) m.set(axis, (p = projectMask(mask, axis)));
  return p;
}

interface Drawn { readonly id: string; readonly name: string; readonly color: string; readonly outline: string; readonly fill: string; readonly index: number }

/**
 * Every accepted grown region and PET threshold lesion over one viewport, on the slice it shows
 * (stack, MPR planes, fusion; on a MIP its projected footprint): a translucent fill and an outline
 * in the lesion's colour (the table's), the selected one thicker. Follows scrolling; a deleted
 * lesion is gone from the store, so from here.
 */
export function LesionRegions({ viewportId, kind, tick }: { viewportId: string; kind: ViewKind | undefined; tick: number }) {
  const lesions = useApp((s) => s.lesions);
  const series = useApp((s) => s.series);
  const selected = useApp((s) => s.selectedLesionId);
  const epoch = useRegionEpoch();
  useEffect(() => requestRegions(lesions), [lesions]);
  const drawn = useMemo((): Drawn[] => {
    const vp = viewportById(viewportId);
    if (!vp) return [];
    const shown = seriesOfViewport(viewportId);
    const cam = vp.getCamera();
    const n = cam.viewPlaneNormal, p = cam.focalPoint;
    if (!n || !p) return [];
    const out: Drawn[] = [];
    lesions.forEach((l, i) => {
      const r = hasRegion(l) ? regionOf(l) : undefined;
      if (!r || !shown.some((u) => sameFrame(series[u], series[r.seriesUID]))) return;
      const gp = planeOfGrid(r.geometry, n, p);
      if (!gp) return;
      const mask = kind === 'mip' ? projected(r.mask, gp.axis) : r.mask;
      const index = kind === 'mip' && mask.bbox ? mask.bbox[0][gp.axis] : gp.index;
      const [ua, va] = gp.axis === 0 ? [1, 2] : gp.axis === 1 ? [0, 2] : [0, 1];
      const canvasOf = (u: number, v: number): [number, number] => {
        const c = [0, 0, 0];
        c[gp.axis] = index;
        c[ua] = u;
        c[va] = v;
        const w = vp.worldToCanvas(voxelToPatient(r.geometry, voxelIndex(c[0], c[1], c[2])) as unknown as Types.Point3);
        return [w[0], w[1]];
      };
      const paths = regionPaths(mask, gp.axis, index, { o: canvasOf(0, 0), u: canvasOf(1, 0), v: canvasOf(0, 1) });
      if (paths.outline) out.push({ id: l.id, name: l.name, color: regionColor(i), index, ...paths });
    });
    return out;
    // tick: the camera moved (scroll, zoom, pan); epoch: a region arrived.
  }, [lesions, series, viewportId, kind, tick, epoch]);
  if (!drawn.length) return null;
  return (
    <svg className="lesion-regions" data-viewport-id={viewportId} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}>
      {drawn.map((d) => (
        <g key={d.id} data-lesion-id={d.id} data-slice={d.index} data-color={d.color}>
          <title>{tooltipText(d.name, 256)}</title>
          <path d={d.fill} fill={d.color} fillOpacity={d.id === selected ? 0.2 : 0.12} stroke="none" />
          {/* A dark halo under the colour: the outline stays visible over bright bone and the fused colour map. */}
          <path d={d.outline} stroke="#000" strokeOpacity={0.75} strokeWidth={d.id === selected ? 4 : 3} fill="none" />
          <path className="lesion-region-outline" d={d.outline} stroke={d.color} strokeWidth={d.id === selected ? 2 : 1.25} fill="none" />
        </g>
      ))}
    </svg>
  );
}
