import type { TriangleMesh } from './marchingCubesMask';

export interface MeshMorphology {
  /** IBSI RNU0 mesh volume, mm³ (divergence theorem over the closed mesh). */
  readonly volumeMm3: number;
  /** IBSI C0JK surface area, mm². */
  readonly surfaceMm2: number;
  /** IBSI QCFX sphericity (36πV²)^(1/3) / A, unit 1; NaN for an empty mesh. */
  readonly sphericity: number;
}

/** Volume, surface area and sphericity of a closed triangle mesh. */
export function computeMeshMorphology(mesh: TriangleMesh): MeshMorphology {
  const p = mesh.positions;
  let vol = 0, area = 0;
  for (let o = 0; o < mesh.triangleCount * 9; o += 9) {
    const ax = p[o], ay = p[o + 1], az = p[o + 2];
    const bx = p[o + 3], by = p[o + 4], bz = p[o + 5];
    const cx = p[o + 6], cy = p[o + 7], cz = p[o + 8];
    // Signed tetrahedron (origin, a, b, c) volume ×6 = a · (b × c).
    vol += ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx);
    const ux = bx - ax, uy = by - ay, uz = bz - az, vx = cx - ax, vy = cy - ay, vz = cz - az;
    area += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
  }
  const volumeMm3 = Math.abs(vol) / 6;
  return {
    volumeMm3,
    surfaceMm2: area,
    sphericity: area > 0 ? Math.cbrt(36 * Math.PI * volumeMm3 * volumeMm3) / area : NaN,
  };
}
