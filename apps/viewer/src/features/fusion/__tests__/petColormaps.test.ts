import { describe, expect, it } from 'vitest';
import { PET_COLORMAPS, colorAt, cssGradientOf, rgbPointsOf } from '../petColormaps';

const lum = ([r, g, b]: readonly number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('PET colour maps', () => {
  it('hot iron reproduces the DICOM HOT_IRON table (PS3.6 B.1.2) at its entries', () => {
    // Entry i of 256: R = min(2i, 255), G = max(0, 2(i − 128)), B = max(0, 4(i − 192)) (clamped at 255).
    for (const i of [0, 64, 127, 128, 160, 192, 224, 255]) {
      const c = colorAt(PET_COLORMAPS.hotIron, i / 255).map((v) => v * 255);
      const want = [Math.min(255, 2 * i), Math.min(255, Math.max(0, 2 * (i - 128))), Math.min(255, Math.max(0, 4 * (i - 192)))];
      for (let k = 0; k < 3; k++) expect(Math.abs(c[k] - want[k]), `entry ${i} channel ${k}`).toBeLessThanOrEqual(4);
    }
  });

  it('PET map passes through the DICOM PET palette break points (black, teal, violet, orange, white)', () => {
    expect(colorAt(PET_COLORMAPS.pet, 0)).toEqual([0, 0, 0]);
    expect(colorAt(PET_COLORMAPS.pet, 0.25)).toEqual([0, 0.5, 0.5]);
    expect(colorAt(PET_COLORMAPS.pet, 0.5)).toEqual([0.5, 0, 1]);
    expect(colorAt(PET_COLORMAPS.pet, 1)).toEqual([1, 1, 1]);
  });

  it('hot iron and grey are monotonic in brightness; every map goes black → white', () => {
    for (const def of [PET_COLORMAPS.hotIron, PET_COLORMAPS.grey]) {
      let prev = -1;
      for (let i = 0; i <= 100; i++) {
        const l = lum(colorAt(def, i / 100));
        expect(l, `${def.id} at ${i}%`).toBeGreaterThanOrEqual(prev - 1e-12);
        prev = l;
      }
    }
    for (const def of Object.values(PET_COLORMAPS)) {
      expect(colorAt(def, 0)).toEqual([0, 0, 0]);
      expect(colorAt(def, 1)).toEqual([1, 1, 1]);
      expect(colorAt(def, -3)).toEqual([0, 0, 0]);
      expect(colorAt(def, 7)).toEqual([1, 1, 1]);
    }
  });

  it('gives vtk RGBPoints and a CSS gradient with the same nodes', () => {
    expect(rgbPointsOf(PET_COLORMAPS.hotIron)).toEqual([0, 0, 0, 0, 0.5, 1, 0, 0, 0.75, 1, 0.5, 0, 1, 1, 1, 1]);
    expect(cssGradientOf(PET_COLORMAPS.hotIron)).toBe('linear-gradient(to top, rgb(0 0 0) 0.0%, rgb(255 0 0) 50.0%, rgb(255 128 0) 75.0%, rgb(255 255 255) 100.0%)');
  });
});
