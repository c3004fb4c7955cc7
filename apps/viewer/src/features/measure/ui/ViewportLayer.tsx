import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Types } from '@cornerstonejs/core';
import { useApp } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { LiveNumbers } from './LiveNumbers';
import { GrowLayer } from './grow/GrowLayer';
import { useRenderTick } from './useRenderTick';

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
