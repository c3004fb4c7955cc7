import type { Types } from '@cornerstonejs/core';
import { viewportById } from '../../../viewports/controller';

/**
 * The patient point (LPS mm) under the next press on a viewport: the press is taken before the
 * active tool sees it. Resolves to null when Escape cancels. On a projection (MIP) the point lies on
 * the plane through the view's focal point.
 */
export function pickPoint(): Promise<readonly [number, number, number] | null> {
  return new Promise((resolve) => {
    const done = (p: readonly [number, number, number] | null) => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
      resolve(p);
    };
    const onDown = (e: PointerEvent) => {
      const el = (e.target as HTMLElement | null)?.closest?.('.viewport-cell') as HTMLElement | null;
      const vp = el?.dataset.viewportId ? viewportById(el.dataset.viewportId) : undefined;
      if (!vp) return;
      e.stopPropagation();
      e.preventDefault();
      const r = (vp.element as HTMLElement).getBoundingClientRect();
      const w = vp.canvasToWorld([e.clientX - r.left, e.clientY - r.top] as Types.Point2);
      done([w[0], w[1], w[2]]);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') done(null);
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey, true);
  });
}
