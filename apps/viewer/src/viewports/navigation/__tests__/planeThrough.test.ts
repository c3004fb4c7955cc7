import { describe, expect, it } from 'vitest';
import { planeThrough, sameOrientation } from '../planeThrough';

describe('planeThrough', () => {
  const axial = { focalPoint: [10, 20, 30] as const, position: [10, 20, 530] as const, viewPlaneNormal: [0, 0, 1] as const };
  it('moves an axial camera to the point\'s z only (no pan)', () => {
    expect(planeThrough(axial, [-40, 7, 12])).toEqual({ focalPoint: [10, 20, 12], position: [10, 20, 512] });
  });
  it('leaves a camera already through the point', () => {
    expect(planeThrough(axial, [99, -99, 30])).toBeUndefined();
  });
  it('moves an oblique camera along its normal', () => {
    const s = Math.SQRT1_2;
    const r = planeThrough({ focalPoint: [0, 0, 0], position: [s * 100, s * 100, 0], viewPlaneNormal: [s, s, 0] }, [10, 0, 0])!;
    expect(r.focalPoint[0]).toBeCloseTo(5, 12);
    expect(r.focalPoint[1]).toBeCloseTo(5, 12);
    expect(r.position[0]).toBeCloseTo(s * 100 + 5, 12);
  });
  it('sameOrientation: parallel and opposite normals', () => {
    expect(sameOrientation([0, 0, 1], [0, 0, -2])).toBe(true);
    expect(sameOrientation([0, 0, 1], [0, 1, 0])).toBe(false);
  });
});
