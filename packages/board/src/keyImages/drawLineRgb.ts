import type { RgbImage } from './types';

export interface DrawLineOptions {
  /** sRGB 0..255. */
  readonly color: readonly [number, number, number];
  /** Line width in output pixels. Default 2. */
  readonly widthPx?: number;
}

/**
 * Draws the segment a→b (output pixel coordinates, pixel centres at integers) into `image` in
 * place: every pixel whose centre lies within widthPx/2 of the segment takes the colour. Pixels
 * outside the raster are clipped.
 */
export function drawLineRgb(image: RgbImage, a: readonly [number, number], b: readonly [number, number], options: DrawLineOptions): void {
  const half = (options.widthPx ?? 2) / 2;
  const [r, g, bl] = options.color;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0]) - half)), x1 = Math.min(image.width - 1, Math.ceil(Math.max(a[0], b[0]) + half));
  const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1]) - half)), y1 = Math.min(image.height - 1, Math.ceil(Math.max(a[1], b[1]) + half));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - a[0]) * dx + (y - a[1]) * dy) / len2));
      const ex = a[0] + t * dx - x, ey = a[1] + t * dy - y;
      if (ex * ex + ey * ey > half * half) continue;
      const o = 3 * (y * image.width + x);
      image.rgb[o] = r;
      image.rgb[o + 1] = g;
      image.rgb[o + 2] = bl;
    }
  }
}
