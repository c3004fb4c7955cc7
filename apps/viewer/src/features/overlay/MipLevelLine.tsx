import type { Types } from '@cornerstonejs/core';
import { useApp } from '../../app/store';
import { viewportById } from '../../viewports/controller';
import { fmt } from './formatDicom';

/**
 * On a MIP: a line across the pane at the level (patient z) the linked slice panes show. Drawn in the overlay: the costly MIP is not re-rendered as the reader scrolls.
 */
export function MipLevelLine({ viewportId }: { viewportId: string }) {
  const p = useApp((s) => s.linkedPoint);
  // Re-read when the MIP's own view changes (rotation, zoom): the overlay re-renders with its info.
  useApp((s) => s.viewportInfo[viewportId]);
  const vp = viewportById(viewportId);
  if (!p || !vp) return null;
  const c = vp.worldToCanvas([p[0], p[1], p[2]] as Types.Point3);
  const h = vp.canvas?.clientHeight ?? 0;
  if (!Number.isFinite(c[1]) || c[1] < 0 || c[1] > h) return null;
  return (
    <div className="mip-level" data-testid={`mip-level-${viewportId}`} data-z={p[2].toFixed(1)} style={{ top: `${c[1]}px` }} title={`Level of the slice panes: S ${fmt(p[2])} mm (click the MIP to move them to its hottest voxel)`} />
  );
}
