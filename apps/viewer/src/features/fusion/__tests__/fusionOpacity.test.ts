import { describe, expect, it } from 'vitest';
import { fusionOpacityMapping } from '../fusionOpacity';

/** Opacity at an SUV, linear between points (as vtk.js evaluates a piecewise function). */
function at(pts: { value: number; opacity: number }[], v: number): number {
  if (v <= pts[0].value) return pts[0].opacity;
  for (let i = 1; i < pts.length; i++)
    if (v <= pts[i].value) return pts[i - 1].opacity + ((v - pts[i - 1].value) / (pts[i].value - pts[i - 1].value)) * (pts[i].opacity - pts[i - 1].opacity);
  return pts[pts.length - 1].opacity;
}

describe('fusionOpacityMapping', () => {
  it('SUV 0–5 at 50 %: transparent up to SUV 0.5, ramp to 0.5 at SUV 2, flat above', () => {
    const m = fusionOpacityMapping([0, 5], 0.5);
    expect(at(m, 0)).toBe(0);
    expect(at(m, 0.5)).toBe(0);
    expect(at(m, 1.25)).toBeCloseTo(0.25, 12);
    expect(at(m, 2)).toBeCloseTo(0.5, 12);
    expect(at(m, 5)).toBe(0.5);
    expect(at(m, 40)).toBe(0.5);
    expect(at(m, 1000)).toBe(0.5);
  });

  it('follows the window: SUV 0–10 is still transparent at SUV 1', () => {
    const m = fusionOpacityMapping([0, 10], 1);
    expect(at(m, 1)).toBe(0);
    expect(at(m, 4)).toBe(1);
  });

  it('is non-decreasing with increasing SUV values and clamps the opacity to 0..1', () => {
    for (const [range, a] of [[[0, 5], 0.7], [[2, 15], 1.4], [[0, 150], 0.3]] as const) {
      const m = fusionOpacityMapping(range, a);
      for (let i = 1; i < m.length; i++) {
        expect(m[i].value).toBeGreaterThan(m[i - 1].value);
        expect(m[i].opacity).toBeGreaterThanOrEqual(m[i - 1].opacity);
      }
      expect(Math.max(...m.map((p) => p.opacity))).toBe(Math.min(1, a));
    }
  });
});
