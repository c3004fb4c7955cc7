import { useEffect, useState } from 'react';
import type { Types } from '@cornerstonejs/core';
import { viewportById } from '../../../viewports/controller';
import { useBurden } from '../model/burdenState';

/**
 * The exclusion brush's footprint under the pointer: the sphere's section in the view's plane
 * (radius r mm in canvas pixels along the view-up direction), solid for paint, dashed for erase.
 */
export function BrushCursor({ viewportId, element }: { viewportId: string; element: HTMLElement | null }) {
  const editing = useBurden((s) => s.editing);
  const radiusMm = useBurden((s) => s.brushRadiusMm);
  const [at, setAt] = useState<{ x: number; y: number; r: number } | null>(null);
  const on = editing === 'paint' || editing === 'erase';
  useEffect(() => {
    if (!on || !element) return;
    const move = (e: PointerEvent) => {
      const vp = viewportById(viewportId);
      if (!vp) return;
      const b = element.getBoundingClientRect();
      const c: Types.Point2 = [e.clientX - b.left, e.clientY - b.top];
      const w = vp.canvasToWorld(c), up = vp.getCamera().viewUp ?? [0, 1, 0];
      const edge = vp.worldToCanvas([w[0] + radiusMm * up[0], w[1] + radiusMm * up[1], w[2] + radiusMm * up[2]] as Types.Point3);
      setAt({ x: c[0], y: c[1], r: Math.hypot(edge[0] - c[0], edge[1] - c[1]) });
    };
    const leave = () => setAt(null);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerleave', leave);
    return () => {
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerleave', leave);
    };
  }, [on, element, viewportId, radiusMm]);
  if (!on || !at) return null;
  return <circle data-brush-cursor={editing} cx={at.x} cy={at.y} r={at.r} fill="none" stroke={editing === 'paint' ? '#e0e0e0' : '#ffb74d'} strokeWidth={1.5} strokeDasharray={editing === 'erase' ? '4 3' : undefined} />;
}
