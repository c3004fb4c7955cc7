import { useEffect, useRef, useState } from 'react';
import { appStore, useApp } from '../../../../app/store';
import { viewportById } from '../../../../viewports/controller';
import { pointAt } from '../../../../viewports/mip/mipPick';
import { pendingGrowVersion, setGrowBounds, startGrow } from '../../service/growService';
import type { GrowBounds } from '../../worker/growDefaults';
import { DRAG_DEAD_ZONE_PX, dragBounds } from './dragBounds';
import { GrowCursorLabel } from './GrowCursorLabel';
import { GrowOutline } from './GrowOutline';

interface Drag {
  readonly x0: number;
  /** Grow version of the press (its reply's bounds are the default window the drag adjusts). */
  readonly version: number;
  base: GrowBounds | null;
  dx: number;
  dragging: boolean;
}

let benchHook = false;
/** `caliper.growBench()`: the grow benchmark's Cornerstone baseline, a separate chunk loaded on demand. */
function installBenchHook(): void {
  if (benchHook || !window.caliper) return;
  benchHook = true;
  window.caliper.extend('growBench', () => import('./growBenchHooks'));
}

/**
 * Click-to-grow over one viewport. Press with the grow tool: the press point seeds a preview with
 * default bounds; drag horizontally to adjust them live (right widens, left narrows: dragBounds),
 * the bounds shown next to the cursor. A plain click is a seed with defaults. Enter accepts, Esc cancels.
 */
export function GrowLayer({ viewportId, element, tick }: { viewportId: string; element: HTMLElement | null; tick: number }) {
  const measureTool = useApp((s) => s.measureTool);
  const drag = useRef<Drag | null>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  useEffect(installBenchHook, []);
  useEffect(() => {
    if (!element || measureTool !== 'grow') return;
    const local = (e: PointerEvent): [number, number] => {
      const r = element.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const apply = (d: Drag) => {
      if (d.base && d.dragging) void setGrowBounds(dragBounds(d.base, d.dx));
    };
    // The default window arrives with the press's first reply: a drag begun earlier is applied then.
    const unsub = appStore.subscribe((s) => {
      const d = drag.current;
      if (!d || d.base || s.grow?.reply?.version !== d.version) return;
      d.base = s.grow.reply.bounds;
      apply(d);
    });
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      if (!viewportById(viewportId)) return;
      const [x, y] = local(e);
      // On a MIP the seed is the hottest voxel along the ray (what the reader clicked on), not the middle plane.
      const w = pointAt(viewportId, x, y);
      if (!w) return;
      void startGrow(viewportId, w);
      const version = pendingGrowVersion();
      drag.current = version !== undefined ? { x0: e.clientX, version, base: null, dx: 0, dragging: false } : null;
    };
    const onMove = (e: PointerEvent) => {
      const d = drag.current;
      if (!d) return;
      if ((e.buttons & 1) === 0) return void onUp();
      const dx = e.clientX - d.x0;
      if (!d.dragging && Math.abs(dx) < DRAG_DEAD_ZONE_PX) return;
      d.dragging = true;
      setCursor(local(e));
      if (dx === d.dx) return;
      d.dx = dx;
      apply(d);
    };
    const onUp = () => {
      drag.current = null;
      setCursor(null);
    };
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      unsub();
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      drag.current = null;
    };
  }, [element, measureTool, viewportId]);
  return (
    <>
      <GrowOutline viewportId={viewportId} tick={tick} />
      {cursor && <GrowCursorLabel at={cursor} />}
    </>
  );
}
