import { describe, expect, it } from 'vitest';
import { renderKeyImage } from '../renderKeyImage';
import type { RgbImage, SlicePlane } from '../types';

/** 100×100 plane, 1 mm pixels, a disc of 1000 (radius 10 px) centred on (30, 40), background 0. */
function discPlane(): SlicePlane {
  const data = new Float32Array(100 * 100);
  for (let j = 0; j < 100; j++) for (let i = 0; i < 100; i++) if ((i - 30) ** 2 + (j - 40) ** 2 <= 100) data[j * 100 + i] = 1000;
  return { data, width: 100, height: 100, spacingMm: [1, 1] };
}
const px = (im: RgbImage, x: number, y: number) => [...im.rgb.subarray(3 * (y * im.width + x), 3 * (y * im.width + x) + 3)];
const CT = { low: -160, high: 240 }; // W400/L40
const YELLOW = [255, 255, 0] as const;

describe('renderKeyImage', () => {
  it('centres the view on the lesion: the disc fills the middle, the corners show background', () => {
    // 60 mm over 60 px: 1 mm per output pixel; output pixel x samples plane i = 30 + (x + 0.5 − 30).
    const im = renderKeyImage(discPlane(), { centre: [30, 40], fovMm: 60, window: CT, sizePx: 60 });
    expect(im.width).toBe(60);
    expect(im.rgb.length).toBe(60 * 60 * 3);
    expect(px(im, 29, 29)).toEqual([255, 255, 255]); // plane (29.5, 39.5): inside the disc
    expect(px(im, 30, 30)).toEqual([255, 255, 255]);
    expect(px(im, 0, 0)).toEqual([102, 102, 102]); // 0 HU: (0 + 160) × 255 / 400 = 102
    expect(px(im, 59, 59)).toEqual([102, 102, 102]);
    // Symmetric about the centre: the disc's left and right edges at the same distance.
    const row = Array.from({ length: 60 }, (_, x) => px(im, x, 29)[0]);
    const bright = row.flatMap((v, x) => (v === 255 ? [x] : []));
    expect(bright[0] + bright[bright.length - 1]).toBe(59);
  });

  it('outside the plane is black', () => {
    const im = renderKeyImage(discPlane(), { centre: [5, 5], fovMm: 60, window: CT, sizePx: 60 });
    expect(px(im, 0, 0)).toEqual([0, 0, 0]); // plane (−24.5, −24.5)
    expect(px(im, 40, 40)).toEqual([102, 102, 102]); // plane (15.5, 15.5)
  });

  it('draws the measurement lines at the expected pixels', () => {
    const im = renderKeyImage(discPlane(), {
      centre: [30, 40], fovMm: 60, window: CT, sizePx: 60,
      lines: [{ from: [20, 40], to: [40, 40], color: YELLOW }, { from: [30, 30], to: [30, 50], color: [0, 255, 255] }],
    });
    // Long axis: output y = 40 − 40 + 30 − 0.5 = 29.5, x 19.5…39.5; 2 px wide → rows 29 and 30.
    expect(px(im, 25, 29)).toEqual([...YELLOW]);
    expect(px(im, 25, 30)).toEqual([...YELLOW]);
    expect(px(im, 25, 28)).toEqual([255, 255, 255]); // disc, not line
    expect(px(im, 18, 29)).toEqual([102, 102, 102]); // beyond the end (distance 1.5)
    // Short axis: column x 29 and 30, rows 19.5…39.5.
    expect(px(im, 29, 22)).toEqual([0, 255, 255]);
    expect(px(im, 30, 37)).toEqual([0, 255, 255]);
  });

  it('shows anisotropic pixels to scale, and inverts on request', () => {
    // Ramp value = i, 0.5 mm columns: output pixel x (1 mm) spans 2 columns.
    const data = new Float32Array(200 * 10);
    for (let j = 0; j < 10; j++) for (let i = 0; i < 200; i++) data[j * 200 + i] = i;
    const plane: SlicePlane = { data, width: 200, height: 10, spacingMm: [0.5, 1] };
    const im = renderKeyImage(plane, { centre: [100, 5], fovMm: 20, window: { low: 0, high: 255 }, sizePx: 20 });
    // x = 10: i = 100 + (10.5 − 10) / 0.5 = 101; x = 0: i = 100 − 9.5 / 0.5 = 81.
    expect(px(im, 10, 10)[0]).toBe(101);
    expect(px(im, 0, 10)[0]).toBe(81);
    expect(px(im, 10, 0)).toEqual([0, 0, 0]); // j = 5 − 9.5 < −0.5: off the plane
    const inv = renderKeyImage(plane, { centre: [100, 5], fovMm: 20, window: { low: 0, high: 255 }, sizePx: 20, invert: true });
    expect(px(inv, 10, 10)[0]).toBe(255 - 101);
  });
});
