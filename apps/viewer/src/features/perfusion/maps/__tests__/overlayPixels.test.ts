import { describe, expect, it } from 'vitest';
import { overlayPixels, sliceToCanvas } from '../overlayPixels';

describe('overlayPixels', () => {
  // Two slices of 3 voxels; slice 1: unfitted, 0, top of the window.
  const values = Float32Array.of(0.5, 0.05, 0.5, 0.3, 0, 2);
  const fitted = Uint8Array.of(1, 1, 1, 0, 1, 1);
  it('transparent where unfitted, 0 or below 10 % of the window; the colour map at opacity elsewhere', () => {
    expect(overlayPixels(values, fitted, 0, 3, { lower: 0, upper: 1 }, 1)[7]).toBe(0);
    const px = overlayPixels(values, fitted, 1, 3, { lower: 0, upper: 1 }, 0.5);
    expect(Array.from(px.subarray(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // Above the window: the top colour (dark red 128, 0, 0), alpha 0.5.
    expect(Array.from(px.subarray(8, 12))).toEqual([128, 0, 0, 128]);
  });
  it('mid-window is the colour map between its nodes', () => {
    const px = overlayPixels(values, fitted, 0, 3, { lower: 0, upper: 1 }, 1);
    // x = 0.5 lies between the nodes 0.492063 (0.5, 1, 0.5) and 0.619048 (1, 1, 0).
    const f = (0.5 - 0.492063) / (0.619048 - 0.492063);
    expect(px[0]).toBe(Math.round(255 * (0.5 + 0.5 * f)));
    expect(px[1]).toBe(255);
    expect(px[3]).toBe(255);
  });
});

describe('sliceToCanvas', () => {
  it('maps pixel centres onto voxel centres (scaled and rotated)', () => {
    // Voxel (0,0) drawn at (100, 50), i along −y by 2 px, j along +x by 2 px.
    const [a, b, c, d, e, f] = sliceToCanvas([100, 50], [100, 48], [102, 50]);
    const at = (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f];
    expect(at(0.5, 0.5)).toEqual([100, 50]);
    expect(at(1.5, 0.5)).toEqual([100, 48]);
    expect(at(0.5, 1.5)).toEqual([102, 50]);
  });
});
