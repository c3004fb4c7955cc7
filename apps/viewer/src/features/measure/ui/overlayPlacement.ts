/** Canvas (CSS px) bounding box of a drawn ROI. */
export interface CanvasBox { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number }

export interface OverlayPlacement {
  readonly left: number;
  readonly top: number;
  /** The overlay's right edge is at `left` (it sits to the left of the ROI). */
  readonly alignRight: boolean;
}

const GAP = 14;
/** Room the numbers box needs (px): width, and height of the longest (PET) list. */
const NEEDS = 170;
const TALL = 240;

/**
 * Where the live numbers go, in a viewport of `size` (CSS px): beside the ROI on its LEFT
 * (Cornerstone draws its RECIST/length labels on the right), else on its right, else below it;
 * kept inside the viewport vertically. Top-left of the viewport (below the patient lines) for no ROI.
 */
export function placeOverlay(box: CanvasBox | null, size: { readonly width: number; readonly height: number }): OverlayPlacement {
  if (!box) return { left: 8, top: 110, alignRight: false };
  const top = Math.max(4, Math.min(box.minY, size.height - TALL));
  if (box.minX - GAP >= NEEDS) return { left: box.minX - GAP, top, alignRight: true };
  if (box.maxX + GAP + NEEDS <= size.width) return { left: box.maxX + GAP, top, alignRight: false };
  return { left: Math.max(4, box.minX), top: Math.min(box.maxY + GAP, Math.max(4, size.height - TALL)), alignRight: false };
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
