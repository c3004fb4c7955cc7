import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Types } from '@cornerstonejs/core';
import { patientToVoxel, voxelToPatient, voxelIndex } from '@caliper/core';
import { useApp } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { engineVolumeInfo } from '../service/engineVolumes';
import { startGrow } from '../service/growService';
import { LiveNumbers } from './LiveNumbers';
import { maskOutline } from './maskOutline';
import { useRenderTick } from './useRenderTick';

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

function LiveOverlay({ viewportId, tick }: { viewportId: string; tick: number }) {
  const activeId = useApp((s) => s.activeId);
  const lesion = useApp((s) => s.lesions.find((l) => l.id === s.activeId));
  const vp = viewportById(viewportId);
  const ownsIt = activeId && (lesion ? lesion.viewportId === viewportId : document.querySelector('.viewport-cell.active')?.getAttribute('data-viewport-id') === viewportId);
  if (!ownsIt || !vp) return null;
  let pos: [number, number] = [8, 40];
  if (lesion && Number.isFinite(lesion.focusMm[0])) {
    const p = vp.worldToCanvas(lesion.focusMm as unknown as Types.Point3);
    pos = [p[0] + 24, p[1] - 10];
  }
  void tick;
  return (
    <div className="measure-overlay" data-viewport-id={viewportId} style={{ position: 'absolute', left: pos[0], top: pos[1], background: 'rgba(0,0,0,.65)', color: '#ffe680', padding: '2px 6px', borderRadius: 3, pointerEvents: 'none', fontSize: 11, maxWidth: 220 }}>
      <LiveNumbers id={activeId} compact />
    </div>
  );
}

/** The measure feature's layer over one viewport: live numbers, grow preview, click-to-grow. */
export function ViewportLayer({ viewportId }: { viewportId: string }) {
  const [cell, setCell] = useState<HTMLElement | null>(null);
  const measureTool = useApp((s) => s.measureTool);
  useEffect(() => {
    setCell(document.querySelector<HTMLElement>(`.viewport-cell[data-viewport-id="${viewportId}"]`));
  }, [viewportId]);
  const element = cell?.querySelector<HTMLElement>('.viewport-element') ?? null;
  const tick = useRenderTick(element);
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
  if (!cell) return null;
  return createPortal(
    <div className="measure-layer" style={{ position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 2 }}>
      <GrowOutline viewportId={viewportId} tick={tick} />
      <LiveOverlay viewportId={viewportId} tick={tick} />
    </div>,
    cell,
  );
}
