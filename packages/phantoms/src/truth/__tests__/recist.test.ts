import { describe, expect, it } from 'vitest';
import { createEllipsoid } from '../../model/createEllipsoid';
import { createLobulated } from '../../model/createLobulated';
import { contourRecist } from '../contourRecist';
import { ellipsoidRecist } from '../ellipsoidRecist';

describe('RECIST axes on the acquisition grid', () => {
  it('axis-aligned ellipsoid cut through its centre plane: diameters 2a and 2b', () => {
    const r = ellipsoidRecist([0, 0, 0], [20, 10, 5], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [-2.5, 0, 2.5]);
    expect(r!.sliceIndex).toBe(1);
    expect(r!.longAxis_mm).toBeCloseTo(40, 12);
    expect(r!.shortAxis_mm).toBeCloseTo(20, 12);
    expect(r!.longAxisEndpoints_lps_mm[0][0]).toBeCloseTo(-20, 12);
  });

  it('off-centre plane: section scale √(1 − (t/c)²) (t = 3, c = 5 → 0.8)', () => {
    const r = ellipsoidRecist([0, 0, 0], [20, 10, 5], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [3, 7]);
    expect(r!.longAxis_mm).toBeCloseTo(32, 12);
    expect(r!.shortAxis_mm).toBeCloseTo(16, 12);
  });

  it('oblique ellipsoid: closed form agrees with the numeric contour method', () => {
    const e = createEllipsoid({ centre: [5, -3, 10], semiAxes: [20, 13, 12], rotationDeg: { aboutZ: 30, aboutX: 15 } });
    const planes = Array.from({ length: 30 }, (_, k) => -10 + k * 1.25);
    const a = ellipsoidRecist([5, -3, 10], [20, 13, 12], e.axes, planes)!;
    const n = contourRecist(e, [5, -3, 10], planes)!;
    expect(n.sliceIndex).toBe(a.sliceIndex);
    expect(n.longAxis_mm).toBeCloseTo(a.longAxis_mm, 2);
    expect(n.shortAxis_mm).toBeCloseTo(a.shortAxis_mm, 2);
  });

  it('a lobulated solid without lobes is a sphere: diameters 2r, volume 4/3 π r³', () => {
    const s = createLobulated({ centre: [0, 0, 0], baseRadius: 10, lobes: [] });
    const r = contourRecist(s, [0, 0, 0], [0])!;
    expect(r.longAxis_mm).toBeCloseTo(20, 3);
    expect(r.shortAxis_mm).toBeCloseTo(20, 2);
    expect(s.analyticVolumeMm3).toBeCloseTo((4 / 3) * Math.PI * 1000, 6);
  });
});
