import { describe, expect, it } from 'vitest';
import type { Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { RoiShape } from '../../model/shapes';
import { rectanglePrism } from '../rectanglePrism';
import { rasterizeShape } from '../../worker/rasterizeShape';
import { shapeBox } from '../../worker/shapeBox';
import { grid, volumeOf } from '../../worker/__tests__/fixtures';

// A 40 × 20 mm rectangle on the coronal plane y = -30 (normal along y), corners in drawing order.
const coronal: RoiShape = {
  kind: 'polygon',
  points: [patientPoint(-100, -30, -60), patientPoint(-60, -30, -60), patientPoint(-60, -30, -80), patientPoint(-100, -30, -80)],
  normal: [0, 1, 0],
};

/** A 30 × 30 mm rectangle centred on `c`, drawn on a MIP turned `deg` about the body axis (normal (−sin, cos, 0)). */
function onTurnedMip(deg: number, c: readonly number[]): RoiShape {
  const t = (deg * Math.PI) / 180;
  const u = [Math.cos(t), Math.sin(t), 0];
  const P = (a: number, z: number) => patientPoint(c[0] + a * u[0], c[1] + a * u[1], c[2] + z);
  const normal: Vec3 = [-Math.sin(t), Math.cos(t), 0];
  return { kind: 'polygon', points: [P(-15, 15), P(15, 15), P(15, -15), P(-15, -15)], normal };
}

describe('rectanglePrism (PET threshold region from a drawn rectangle)', () => {
  it('on a slice: as deep as the longer side (40 mm), centred on the slice', () => {
    expect(rectanglePrism(coronal, 0.06)).toEqual({ kind: 'prism', points: (coronal as { points: unknown }).points, normal: [0, 1, 0], depthMm: 40 });
  });
  it('on a MIP (slab 700 mm): the whole slab', () => {
    expect(rectanglePrism(coronal, 700)?.depthMm).toBe(700);
  });
  it('nothing for other shapes', () => {
    expect(rectanglePrism({ kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 5 }, 1)).toBeNull();
  });

  it('a 30 mm rectangle on a MIP turned 30° keeps to its 30 mm band through the body (review finding 1)', () => {
    // 2 mm grid, 400 × 400 × 40 mm, x, y ∈ [-200, 198], z ∈ [-100, -22]. Uptake 1 everywhere.
    const g = { ...grid([200, 200, 40], [2, 2, 2]), origin: patientPoint(-200, -200, -100) };
    const vol = { ...volumeOf(grid([1, 1, 1]), () => 1, 'SUVbw'), geometry: g, data: new Float32Array(200 * 200 * 40).fill(1) };
    const within = rectanglePrism(onTurnedMip(30, [80, 0, -60]), 1950)!;
    const m = rasterizeShape(vol, within);
    const at = (x: number, y: number, z: number) => m.data[(((z + 100) / 2) * 200 + (y + 200) / 2) * 200 + (x + 200) / 2];
    // On the ray through the centre, 150 mm deep either side (x = 80 ∓ 150 sin30, y = ±150 cos30 ≈ ±129.9 → grid 130): inside.
    expect(at(80, 0, -60)).toBe(1);
    expect(at(4, 130, -60)).toBe(1);
    expect(at(156, -130, -60)).toBe(1);
    // 100 mm to the side of the rectangle, same z: outside (the old axis-aligned hull took the whole body width).
    expect(at(166, 50, -60)).toBe(0); // 99.5 mm along u
    expect(at(-120, 0, -60)).toBe(0);
    // Above the rectangle's top (z -45): outside.
    expect(at(80, 0, -40)).toBe(0);
    // Every voxel taken lies within 15 mm of the rectangle's mid-plane along u = (cos30, sin30, 0); z within ±15.
    const u = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
    let count = 0, across = 0, up = 0;
    for (let x = 0; x < m.data.length; x++) {
      if (!m.data[x]) continue;
      count++;
      const i = x % 200, j = Math.floor(x / 200) % 200, k = Math.floor(x / 40000);
      across = Math.max(across, Math.abs((-280 + 2 * i) * u[0] + (-200 + 2 * j) * u[1]));
      up = Math.max(up, Math.abs(2 * k - 40));
    }
    expect(across).toBeLessThanOrEqual(15 + 1e-9);
    expect(up).toBeLessThanOrEqual(15);
    // z: 15 slices (-74…-46); across: a 30 mm band over a chord of ≈ 400/cos30 mm → ≈ 15 × 15 × 230 voxels, not the 200² of the grid.
    expect(count).toBeGreaterThan(15 * 14 * 200);
    expect(count).toBeLessThan(15 * 17 * 240);
    // The worker's crop still covers every voxel the prism can take.
    const b = shapeBox(g, within)!;
    expect(b[0][2]).toBeLessThanOrEqual(13);
    expect(b[1][2]).toBeGreaterThanOrEqual(27);
  });
});
