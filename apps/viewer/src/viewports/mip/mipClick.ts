import { getEngine } from '../engine';
import { navigatePanesTo } from '../navigation/linkPanes';
import { mipVoxelAt } from './mipPick';

/** A press that moves less than this (CSS px) is a click, not a window/level drag. */
const CLICK_SLOP_PX = 4;
const bound = new WeakSet<HTMLElement>();

/**
 * A click on a MIP moves the linked panes (CT, PET, fused) to the hottest voxel along the ray under
 * the cursor: the voxel the MIP shows there. A drag (window/level, pan, zoom) is not a click.
 */
export function bindMipClick(viewportId: string): void {
  const el = getEngine().getViewport(viewportId)?.element as HTMLElement | undefined;
  if (!el || bound.has(el)) return;
  bound.add(el);
  let down: { x: number; y: number } | null = null;
  el.addEventListener('pointerdown', (e) => {
    down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
  });
  el.addEventListener('pointerup', (e) => {
    const d = down;
    down = null;
    if (!d || e.button !== 0 || Math.hypot(e.clientX - d.x, e.clientY - d.y) > CLICK_SLOP_PX) return;
    const r = el.getBoundingClientRect();
    const hot = mipVoxelAt(viewportId, e.clientX - r.left, e.clientY - r.top);
    if (hot) navigatePanesTo(hot.lps);
  });
}
