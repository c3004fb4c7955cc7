import { describe, expect, it } from 'vitest';
import { fitCamera } from '../fitCamera';
import { lpsDirection, lpsPoint } from '../spaces';

/** Corners of a box from `lo` to `hi` (LPS mm). */
const box = (lo: number[], hi: number[]) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map((b) => lpsPoint([b & 1 ? hi[0] : lo[0], b & 2 ? hi[1] : lo[1], b & 4 ? hi[2] : lo[2]]));

describe('fitCamera', () => {
  // A body 400 mm wide (x), 300 mm deep (y), 800 mm tall (z), centred at (0, 0, -100).
  const corners = box([-200, -150, -500], [200, 150, 300]);
  const sagittal = { viewUp: lpsDirection([0, 0, 1]), viewPlaneNormal: lpsDirection([1, 0, 0]) };

  it('a sagittal view in a wide viewport is fitted to the height (800 mm tall)', () => {
    const f = fitCamera({ corners, focalPoint: lpsPoint([12, 0, 0]), ...sagittal, canvasWidthPx: 600, canvasHeightPx: 300, margin: 0 });
    expect(f.parallelScale).toBeCloseTo(400, 6);
    // In-plane centre moves to the box's (y 0, z −100); the depth (x = 12, the slice) is kept.
    expect([...f.focalPoint]).toEqual([12, 0, -100]);
  });
  it('the same view in a very narrow viewport is fitted to the width (300 mm deep)', () => {
    // aspect 0.25: width 300 mm needs half-height 600 mm.
    const f = fitCamera({ corners, focalPoint: lpsPoint([0, 0, 0]), ...sagittal, canvasWidthPx: 100, canvasHeightPx: 400, margin: 0 });
    expect(f.parallelScale).toBeCloseTo(600, 6);
  });
  it('adds the margin', () => {
    const f = fitCamera({ corners, focalPoint: lpsPoint([0, 0, 0]), ...sagittal, canvasWidthPx: 600, canvasHeightPx: 300, margin: 0.05 });
    expect(f.parallelScale).toBeCloseTo(420, 6);
  });
  it('axial: both 400 × 300 mm fit a square viewport (half-height 200 mm)', () => {
    const f = fitCamera({
      corners, focalPoint: lpsPoint([0, 0, -40]), viewUp: lpsDirection([0, -1, 0]), viewPlaneNormal: lpsDirection([0, 0, -1]),
      canvasWidthPx: 500, canvasHeightPx: 500, margin: 0,
    });
    expect(f.parallelScale).toBeCloseTo(200, 6);
    expect(f.focalPoint[2]).toBe(-40);
  });
});
