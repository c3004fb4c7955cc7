import { useEffect, useMemo } from 'react';
import type { Types } from '@cornerstonejs/core';
import { patientToVoxel, voxelToPatient, voxelIndex } from '@caliper/core';
import { useApp } from '../../../../app/store';
import { viewportById } from '../../../../viewports/controller';
import { engineVolumeInfo } from '../../service/engineVolumes';
import { startGrow } from '../../service/growService';
import { maskOutline } from '../maskOutline';

function GrowOutline({ viewportId, tick }: { viewportId: string; tick: number }) {
  const grow = useApp((s) => s.grow);
  const path = useMemo(() => {
    const r = grow?.reply;
    const ev = grow && engineVolumeInfo(grow.seriesUID);
    const vp = viewportById(viewportId);
    if (!r || !ev || !vp || grow.viewportId !== viewportId) return '';
    const k = Math.round(patientToVoxel(ev.geometry, vp.getCamera().focalPoint as never)[2]);
    const to = (i: number, j: number) => vp.worldToCanvas(voxelToPatient(ev.geometry, voxelIndex(i, j, k)) as unknown as Types.Point3);
    return maskOutline(r.mask, k).map(([i0, j0, i1, j1]) => {
      const a = to(i0, j0), b = to(i1, j1);
      return `M${a[0].toFixed(1)},${a[1].toFixed(1)}L${b[0].toFixed(1)},${b[1].toFixed(1)}`;
    }).join('');
  }, [grow, viewportId, tick]);
  if (!path) return null;
  return (
    <svg className="grow-outline" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}>
      <path d={path} stroke="#ffd400" strokeWidth={1.5} fill="none" />
    </svg>
  );
}

/** Click-to-grow over one viewport: a click with the grow tool seeds a preview; its outline on the shown slice. */
export function GrowLayer({ viewportId, element, tick }: { viewportId: string; element: HTMLElement | null; tick: number }) {
  const measureTool = useApp((s) => s.measureTool);
  useEffect(() => {
    if (!element || measureTool !== 'grow') return;
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const vp = viewportById(viewportId);
      if (!vp) return;
      const rect = element.getBoundingClientRect();
      const w = vp.canvasToWorld([e.clientX - rect.left, e.clientY - rect.top] as Types.Point2);
      void startGrow(viewportId, [w[0], w[1], w[2]]);
    };
    element.addEventListener('pointerdown', onDown);
    return () => element.removeEventListener('pointerdown', onDown);
  }, [element, measureTool, viewportId]);
  return <GrowOutline viewportId={viewportId} tick={tick} />;
}
