import type { Vec3 } from '@caliper/core';
import type { Ellipsoid } from './renderEllipsoids';

/**
 * A CT-like torso (HU) around `centre` (patient LPS mm: +x left, +y posterior, +z head): fat and
 * soft-tissue elliptic cylinders that run out of any field of view (like a real chest CT), two
 * lungs that end inside it, heart, liver, kidneys, spine, aorta, sternum and two lesions, none
 * symmetric, so every translation and rotation is observable. Background (air) is −1000 HU.
 */
export function torsoShapes(centre: Vec3): Ellipsoid[] {
  const at = (dx: number, dy: number, dz: number, radii: Vec3, value: number): Ellipsoid => ({ centre: [centre[0] + dx, centre[1] + dy, centre[2] + dz], radii, value });
  const I = Infinity;
  return [
    at(0, 0, 0, [160, 110, I], -100), // subcutaneous fat
    at(0, 5, 0, [148, 98, I], 40), // soft tissue
    at(-70, 0, 60, [55, 70, 110], -850), // right lung (patient right = −x)
    at(75, 5, 70, [50, 65, 100], -850), // left lung
    at(25, -25, 10, [50, 45, 55], 45), // heart
    at(-60, -10, -100, [80, 70, 60], 60), // liver
    at(-65, 55, -130, [25, 30, 50], 30), // right kidney
    at(65, 55, -120, [25, 30, 50], 30), // left kidney
    at(0, 70, 0, [18, 18, I], 400), // vertebral column
    at(15, 45, 0, [12, 12, I], 150), // aorta (contrast)
    at(0, -100, 40, [10, 8, 60], 500), // sternum
    at(40, -40, -60, [15, 15, 15], 80), // liver-level lesion
    at(-90, 20, 90, [10, 10, 10], 30), // lung nodule
  ];
}
