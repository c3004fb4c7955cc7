import { drawLineRgb } from './drawLineRgb';
import type { DisplayWindow, RgbImage, SlicePlane, SlicePx } from './types';

export interface KeyImageLine {
  readonly from: SlicePx;
  readonly to: SlicePx;
  /** sRGB 0..255. */
  readonly color: readonly [number, number, number];
}

export interface RenderKeyImageOptions {
  /** Centre of the view on the plane (slice pixels). */
  readonly centre: SlicePx;
  /** Side of the square field of view, mm. */
  readonly fovMm: number;
  readonly window: DisplayWindow;
  /** Invert grey levels (PET convention: high uptake dark). Default false. */
  readonly invert?: boolean;
  /** The measurement, drawn over the image (e.g. long and short axis). */
  readonly lines?: readonly KeyImageLine[];
  /** Side of the square output, pixels. Default 256. */
  readonly sizePx?: number;
  /** Line width, output pixels. Default 2. */
  readonly lineWidthPx?: number;
}

/**
 * A key image: the square field of view `fovMm` wide around `centre` of the plane, resampled
 * bilinearly to sizePx² square pixels (fovMm / sizePx mm each, so anisotropic pixels are shown
 * to scale), grey levels linear between window.low (black) and window.high (white), outside the
 * plane black, then the measurement lines drawn on top. Orientation as stored: column i to the
 * right, row j down (radiological display of an axial image).
 */
export function renderKeyImage(plane: SlicePlane, options: RenderKeyImageOptions): RgbImage {
  const n = options.sizePx ?? 256;
  const mmPerPx = options.fovMm / n;
  const [si, sj] = plane.spacingMm;
  const { low, high } = options.window;
  const scale = 255 / (high - low);
  const rgb = new Uint8Array(n * n * 3);
  const { width: w, height: h, data } = plane;
  // Output pixel (x, y) centre ↔ plane index: offset from the view centre in mm, over the spacing.
  const toI = (x: number) => options.centre[0] + ((x + 0.5 - n / 2) * mmPerPx) / si;
  const toJ = (y: number) => options.centre[1] + ((y + 0.5 - n / 2) * mmPerPx) / sj;
  for (let y = 0; y < n; y++) {
    const fj = toJ(y);
    if (fj < -0.5 || fj > h - 0.5) continue;
    const jc = Math.min(h - 1, Math.max(0, fj));
    const ja = Math.floor(jc), jb = Math.min(h - 1, ja + 1), ty = jc - ja;
    for (let x = 0; x < n; x++) {
      const fi = toI(x);
      if (fi < -0.5 || fi > w - 0.5) continue;
      const ic = Math.min(w - 1, Math.max(0, fi));
      const i0 = Math.floor(ic), ib = Math.min(w - 1, i0 + 1), tx = ic - i0;
      const top = data[ja * w + i0] * (1 - tx) + data[ja * w + ib] * tx;
      const bottom = data[jb * w + i0] * (1 - tx) + data[jb * w + ib] * tx;
      const v = top * (1 - ty) + bottom * ty;
      let g = Math.round((v - low) * scale);
      g = g < 0 ? 0 : g > 255 ? 255 : g;
      if (options.invert) g = 255 - g;
      const o = 3 * (y * n + x);
      rgb[o] = rgb[o + 1] = rgb[o + 2] = g;
    }
  }
  const image: RgbImage = { width: n, height: n, rgb };
  // Plane index → output pixel (centre-based, the inverse of toI / toJ).
  const toOut = (p: SlicePx): [number, number] => [((p[0] - options.centre[0]) * si) / mmPerPx + n / 2 - 0.5, ((p[1] - options.centre[1]) * sj) / mmPerPx + n / 2 - 0.5];
  for (const l of options.lines ?? []) drawLineRgb(image, toOut(l.from), toOut(l.to), { color: l.color, widthPx: options.lineWidthPx ?? 2 });
  return image;
}
