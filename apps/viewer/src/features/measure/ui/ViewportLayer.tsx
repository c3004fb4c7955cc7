import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Types } from '@cornerstonejs/core';
import { useApp } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { LiveNumbers } from './LiveNumbers';
import { GrowLayer } from './grow/GrowLayer';
import { useRenderTick } from './useRenderTick';
import { annotation as csAnnotation } from '@cornerstonejs/tools';
import { boxOf, placeOverlay } from './overlayPlacement';
import type { CanvasBox } from './overlayPlacement';

/** Canvas box of the ROI being shown: its drawing's handles, else the lesion's focus point. */
function roiBox(vp: Types.IViewport, id: string, focusMm: readonly number[] | undefined): CanvasBox | null {
  const pts = (csAnnotation.state.getAnnotation(id)?.data.handles?.points ?? []) as Types.Point3[];
  if (pts.length) return boxOf(pts.map((p) => vp.worldToCanvas(p)));
  if (focusMm && Number.isFinite(focusMm[0])) return boxOf([vp.worldToCanvas(focusMm as unknown as Types.Point3)]);
  return null;
}

function LiveOverlay({ viewportId, tick }: { viewportId: string; tick: number }) {
  const activeId = useApp((s) => s.activeId);
  const lesion = useApp((s) => s.lesions.find((l) => l.id === s.activeId));
  // Re-placed whenever the shape changes (a new live version) or the view moves (tick).
  useApp((s) => (s.activeId ? s.liveVersion[s.activeId] : undefined));
  const vp = viewportById(viewportId);
  const ownsIt = activeId && (lesion ? lesion.viewportId === viewportId : document.querySelector('.viewport-cell.active')?.getAttribute('data-viewport-id') === viewportId);
  if (!ownsIt || !vp) return null;
  void tick;
  const el = vp.element as HTMLElement;
  const at = placeOverlay(roiBox(vp, activeId, lesion?.focusMm), { width: el.clientWidth, height: el.clientHeight });
  return (
    <div className="measure-overlay" data-viewport-id={viewportId}
      style={{ position: 'absolute', left: at.left, top: at.top, transform: at.alignRight ? 'translateX(-100%)' : undefined, background: 'rgba(0,0,0,.72)', color: '#ffe680', padding: '3px 7px', borderRadius: 3, pointerEvents: 'none', fontSize: 12, lineHeight: 1.35, maxWidth: 240, whiteSpace: 'nowrap' }}>
      <LiveNumbers id={activeId} compact />
    </div>
  );
}

/** The measure feature's layer over one viewport: live numbers, grow preview, click-to-grow. */
export function ViewportLayer({ viewportId }: { viewportId: string }) {
  const [cell, setCell] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setCell(document.querySelector<HTMLElement>(`.viewport-cell[data-viewport-id="${viewportId}"]`));
  }, [viewportId]);
  const element = cell?.querySelector<HTMLElement>('.viewport-element') ?? null;
  const tick = useRenderTick(element);
  if (!cell) return null;
  return createPortal(
    <div className="measure-layer" style={{ position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 2 }}>
      <GrowLayer viewportId={viewportId} element={element} tick={tick} />
      <LiveOverlay viewportId={viewportId} tick={tick} />
    </div>,
    cell,
  );
}
