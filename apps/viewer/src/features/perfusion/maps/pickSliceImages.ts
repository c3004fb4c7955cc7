import type { Geometry } from '@caliper/core';

/** An image of the dynamic series: its position (LPS mm) and phase order. */
export interface PhaseImage {
  readonly imageId: string;
  readonly position: readonly number[];
  /** Temporal position (or any phase order); lower = earlier. */
  readonly phase: number;
}

/**
 * For each slice k of the map grid, the earliest-phase image at that position (the map's slice k
 * borrows its plane, and its export references it). Throws when a slice has no image.
 */
export function pickSliceImages(images: readonly PhaseImage[], geometry: Geometry): string[] {
  const { origin, sliceDirection: n, spacing, dimensions } = geometry;
  const best: (PhaseImage | undefined)[] = Array.from({ length: dimensions[2] }, () => undefined);
  for (const im of images) {
    const d = (im.position[0] - origin[0]) * n[0] + (im.position[1] - origin[1]) * n[1] + (im.position[2] - origin[2]) * n[2];
    const k = Math.round(d / spacing[2]);
    if (k < 0 || k >= dimensions[2] || Math.abs(d - k * spacing[2]) > 0.25 * spacing[2]) continue;
    const cur = best[k];
    if (!cur || im.phase < cur.phase) best[k] = im;
  }
  return best.map((im, k) => {
    if (!im) throw new Error(`no image of the dynamic series at slice ${k + 1} of ${dimensions[2]}`);
    return im.imageId;
  });
}
