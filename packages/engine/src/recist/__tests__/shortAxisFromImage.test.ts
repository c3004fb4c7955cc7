import { describe, expect, it } from 'vitest';
import type { PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { shortAxisFromImage } from '../shortAxisFromImage';
import type { PointSampler } from '../shortAxisFromImage';

/**
 * A hand-made axial image: a binary mask on a 0.5 mm grid (pixel centres at multiples of 0.5 mm),
 * read nearest-neighbour like a viewport, lesion `inside` HU, surroundings `outside` HU.
 */
function maskImage(isLesion: (x: number, y: number) => boolean, inside = 60, outside = -20, pixel = 0.5): PointSampler {
  return (p: PatientPoint) => {
    if (Math.abs(p[2]) > pixel / 2) return NaN;
    const x = Math.round(p[0] / pixel) * pixel, y = Math.round(p[1] / pixel) * pixel;
    if (Math.abs(x) > 80 || Math.abs(y) > 80) return NaN;
    return isLesion(x, y) ? inside : outside;
  };
}
const Z: [number, number, number] = [0, 0, 1];
const len = (a: PatientPoint, b: PatientPoint) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('shortAxisFromImage', () => {
  it('ellipse with semi-axes 20 and 12 mm: short axis 24 mm, perpendicular, through the centre', () => {
    const img = maskImage((x, y) => (x / 20) ** 2 + (y / 12) ** 2 <= 1);
    const r = shortAxisFromImage(img, [patientPoint(-20, 0, 0), patientPoint(20, 0, 0)], Z)!;
    expect(r.shortMm).toBeGreaterThan(24 - 0.5);
    // Edge to edge of the voxelised ellipse (pixel centres at ±12 mm are in it: 24.5 mm): within one pixel.
    expect(r.shortMm).toBeLessThanOrEqual(24 + 0.5);
    expect(len(r.short[0], r.short[1])).toBeCloseTo(r.shortMm, 9);
    // Perpendicular to the long axis (x): the end points share x; the chord is at the centre (±1 px).
    expect(r.short[0][0]).toBeCloseTo(r.short[1][0], 9);
    expect(Math.abs(r.short[0][0])).toBeLessThanOrEqual(0.5);
    expect(r.levels).toEqual({ lesion: 60, surroundings: [-20, -20] });
    // Not the fixed two thirds of the long axis a drawing tool would guess.
    expect(Math.abs(r.shortMm - (2 / 3) * 40)).toBeGreaterThan(2);
  });

  it('ellipse turned by 30°, darker than its surroundings (a cyst in liver): the same 24 mm', () => {
    const c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6);
    const img = maskImage((x, y) => ((c * x + s * y) / 20) ** 2 + ((-s * x + c * y) / 12) ** 2 <= 1, 5, 55);
    const r = shortAxisFromImage(img, [patientPoint(-20 * c, -20 * s, 0), patientPoint(20 * c, 20 * s, 0)], Z)!;
    expect(Math.abs(r.shortMm - 24)).toBeLessThan(0.75);
    const dir = [r.short[1][0] - r.short[0][0], r.short[1][1] - r.short[0][1]];
    expect(Math.abs(dir[0] * c + dir[1] * s) / r.shortMm).toBeLessThan(1e-9);
  });

  it('a pear (circles r 10 and 5 mm joined): the longest perpendicular is at the big end, not the middle', () => {
    const img = maskImage((x, y) => Math.hypot(x + 10, y) <= 10 || Math.hypot(x - 10, y) <= 5 || (x >= -10 && x <= 10 && Math.abs(y) <= 4));
    const r = shortAxisFromImage(img, [patientPoint(-20, 0, 0), patientPoint(15, 0, 0)], Z)!;
    expect(Math.abs(r.shortMm - 20)).toBeLessThan(0.75);
    expect(Math.abs(r.short[0][0] + 10)).toBeLessThanOrEqual(1);
  });

  it('a one-pixel gap (noise) inside the lesion does not cut the short axis; a wider one does', () => {
    const circle = (x: number, y: number) => Math.hypot(x, y) <= 10;
    const holed = maskImage((x, y) => circle(x, y) && !(y === 5));
    const r = shortAxisFromImage(holed, [patientPoint(-10, 0, 0), patientPoint(10, 0, 0)], Z)!;
    expect(Math.abs(r.shortMm - 20)).toBeLessThan(0.75);
    const cut = maskImage((x, y) => circle(x, y) && !(y >= 5 && y <= 7));
    const c = shortAxisFromImage(cut, [patientPoint(-10, 0, 0), patientPoint(10, 0, 0)], Z)!;
    expect(c.shortMm).toBeLessThan(16);
  });

  it('a necrotic lesion (dark core, enhancing rim) in liver: the short axis spans the rim, not only the core', () => {
    // Circle r 15 mm: core r 8 mm at 10 HU, rim at 45 HU, liver 60 HU with ±2 HU texture.
    const tex = (x: number, y: number) => 2 * Math.sin(3.1 * x + 1.7 * y);
    const img: PointSampler = (p) => {
      const x = Math.round(p[0] / 0.5) * 0.5, y = Math.round(p[1] / 0.5) * 0.5;
      const r = Math.hypot(x, y);
      return (r <= 8 ? 10 : r <= 15 ? 45 : 60) + tex(x, y);
    };
    const r = shortAxisFromImage(img, [patientPoint(-15, 0, 0), patientPoint(15, 0, 0)], Z)!;
    expect(Math.abs(r.shortMm - 30)).toBeLessThan(1);
  });

  it('different surroundings at each end (liver, fat): still the lesion extent', () => {
    const mixed: PointSampler = (p) => {
      const x = Math.round(p[0] / 0.5) * 0.5, y = Math.round(p[1] / 0.5) * 0.5;
      return Math.hypot(x, y) <= 10 ? 30 : x < 0 ? 60 : -100;
    };
    const r = shortAxisFromImage(mixed, [patientPoint(-10, 0, 0), patientPoint(10, 0, 0)], Z)!;
    expect(Math.abs(r.shortMm - 20)).toBeLessThan(0.75);
  });

  it('no contrast between lesion and surroundings, or a degenerate axis: null', () => {
    const flat = maskImage(() => true);
    expect(shortAxisFromImage(flat, [patientPoint(-10, 0, 0), patientPoint(10, 0, 0)], Z)).toBeNull();
    const img = maskImage((x, y) => Math.hypot(x, y) <= 10);
    expect(shortAxisFromImage(img, [patientPoint(0, 0, 0), patientPoint(0, 0, 0)], Z)).toBeNull();
    expect(shortAxisFromImage(img, [patientPoint(-10, 0, 0), patientPoint(10, 0, 0)], [1, 0, 0])).toBeNull();
  });
});
