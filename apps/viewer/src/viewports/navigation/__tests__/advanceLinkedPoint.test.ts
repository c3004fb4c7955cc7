import { describe, expect, it } from 'vitest';
import { advanceLinkedPoint } from '../advanceLinkedPoint';
import { planeThrough } from '../planeThrough';

describe('advanceLinkedPoint (review finding 5: linked panes keep the shared point)', () => {
  it('an axial scroll moves only z: the sagittal pane stays on the lesion at x = 80', () => {
    // A MIP click put the linked point on a lesion at (80, -20, -100); the axial pane (centre x 0) scrolls to z -95.
    const p = advanceLinkedPoint([80, -20, -100], [0, 0, -95], [0, 0, 1]);
    expect(p).toEqual([80, -20, -95]);
    // The sagittal pane (normal x) is already through x = 80: it does not move (the old rule sent it to x = 0).
    expect(planeThrough({ focalPoint: [80, 0, -100], position: [580, 0, -100], viewPlaneNormal: [1, 0, 0] }, p)).toBeUndefined();
  });
  it('a pan (focal point moved within the plane) changes nothing', () => {
    expect(advanceLinkedPoint([80, -20, -100], [35, 12, -100], [0, 0, -1])).toEqual([80, -20, -100]);
  });
  it('an oblique normal: moves along it by the focal point\'s offset', () => {
    const s = Math.SQRT1_2;
    // n = (1, 1, 0)/√2; f − p = (4, 0, 0) → d = 2√2 → p + (2, 2, 0).
    const p = advanceLinkedPoint([0, 0, 0], [4, 0, 7], [s, s, 0]);
    expect(p[0]).toBeCloseTo(2, 12);
    expect(p[1]).toBeCloseTo(2, 12);
    expect(p[2]).toBe(0);
  });
});
