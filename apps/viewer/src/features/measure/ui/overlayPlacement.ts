/** Canvas (CSS px) bounding box of a drawn ROI. */
export interface CanvasBox { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number }

export interface OverlayPlacement {
  readonly left: number;
  readonly top: number;
  /** The overlay's right edge is at `left` (it sits to the left of the ROI). */
  readonly alignRight: boolean;
}

const GAP = 14;
/** Width the numbers box needs to fit on the ROI's left. */
const NEEDS = 170;

/**
 * Where the live numbers go: beside the ROI on its LEFT (Cornerstone draws its own labels on the
 * right of a drawing), below it when the left has no room, top-left of the viewport for no ROI.
 */
export function placeOverlay(box: CanvasBox | null): OverlayPlacement {
  if (!box) return { left: 8, top: 110, alignRight: false };
  if (box.minX - GAP >= NEEDS) return { left: box.minX - GAP, top: box.minY, alignRight: true };
  return { left: Math.max(4, box.minX), top: box.maxY + GAP, alignRight: false };
}

/** Bounding box of canvas points (null for none). */
export function boxOf(points: readonly (readonly number[])[]): CanvasBox | null {
  if (!points.length) return null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}
