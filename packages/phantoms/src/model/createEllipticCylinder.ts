import type { Shape } from './shape';

export interface EllipticCylinderOptions {
  readonly centreXY: readonly [number, number];
  readonly semiAxesXY: readonly [number, number];
}

/** An elliptic cylinder along the patient's z (cranio-caudal) axis, unbounded in z. */
export function createEllipticCylinder(o: EllipticCylinderOptions): Shape {
  const [cx, cy] = o.centreXY;
  const [ax, ay] = o.semiAxesXY;
  return {
    bounds: { min: [cx - ax, cy - ay, -Infinity], max: [cx + ax, cy + ay, Infinity] },
    analyticVolumeMm3: Infinity,
    contains(x, y) {
      const u = (x - cx) / ax;
      const v = (y - cy) / ay;
      return u * u + v * v <= 1;
    },
    xSpan(y) {
      const v = (y - cy) / ay;
      if (v * v > 1) return null;
      const half = ax * Math.sqrt(1 - v * v);
      return [cx - half, cx + half];
    },
    describe: () => ({ kind: 'ellipticCylinder', centreXY_mm: o.centreXY, semiAxesXY_mm: o.semiAxesXY }),
  };
}
