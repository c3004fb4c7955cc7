import type { PointSet } from '../../shape/collectHullCandidates';

export interface ConvexHull3d {
  /** mm³ (points in mm); 0 for coplanar input. */
  readonly volume: number;
  /** mm². */
  readonly area: number;
  readonly faceCount: number;
}

interface Face {
  readonly v: readonly [number, number, number];
  readonly n: readonly [number, number, number];
  readonly d: number;
  outside: number[];
  alive: boolean;
}

/**
 * Volume and surface area of the 3D convex hull of a point set (IBSI R3ER/7T7F use the hull of
 * the ROI mesh vertices). Quickhull (Barber, Dobkin & Huhdanpaa 1996): start from a tetrahedron,
 * repeatedly add the farthest outside point of a face, replacing the faces it sees by a cone over
 * their horizon. A point counts as outside a face only beyond a tolerance of 10⁻⁹ × the extent,
 * so the many coplanar points of a voxel surface never fold the hull.
 */
export function computeConvexHull3d(points: PointSet): ConvexHull3d {
  const N = points.x.length;
  const P = new Float64Array(3 * N);
  let cx = 0, cy = 0, cz = 0;
  for (let q = 0; q < N; q++) {
    P[3 * q] = points.x[q];
    P[3 * q + 1] = points.y[q];
    P[3 * q + 2] = points.z[q];
    cx += points.x[q] / N;
    cy += points.y[q] / N;
    cz += points.z[q] / N;
  }
  // Work relative to the centroid (smaller numbers, exact for voxel lattices).
  let extent = 0;
  for (let q = 0; q < N; q++) {
    P[3 * q] -= cx;
    P[3 * q + 1] -= cy;
    P[3 * q + 2] -= cz;
    extent = Math.max(extent, Math.abs(P[3 * q]), Math.abs(P[3 * q + 1]), Math.abs(P[3 * q + 2]));
  }
  const eps = 1e-9 * Math.max(extent, 1e-300);
  const simplex = initialSimplex(P, N, eps);
  if (!simplex) return { volume: 0, area: 0, faceCount: 0 };
  const faces: Face[] = [];
  const edges = new Map<number, number>();
  const key = (a: number, b: number): number => a * N + b;
  const dist = (f: Face, q: number): number => f.n[0] * P[3 * q] + f.n[1] * P[3 * q + 1] + f.n[2] * P[3 * q + 2] - f.d;
  const addFace = (a: number, b: number, c: number): number => {
    const ux = P[3 * b] - P[3 * a], uy = P[3 * b + 1] - P[3 * a + 1], uz = P[3 * b + 2] - P[3 * a + 2];
    const vx = P[3 * c] - P[3 * a], vy = P[3 * c + 1] - P[3 * a + 1], vz = P[3 * c + 2] - P[3 * a + 2];
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz) || 1;
    nx /= len;
    ny /= len;
    nz /= len;
    const f: Face = { v: [a, b, c], n: [nx, ny, nz], d: nx * P[3 * a] + ny * P[3 * a + 1] + nz * P[3 * a + 2], outside: [], alive: true };
    const id = faces.push(f) - 1;
    edges.set(key(a, b), id);
    edges.set(key(b, c), id);
    edges.set(key(c, a), id);
    return id;
  };
  const [s0, s1, s2, s3] = simplex;
  // Orient the tetrahedron's faces outward (s3 below the first face's plane).
  const ids: number[] = [];
  const base = addFace(s0, s1, s2);
  if (dist(faces[base], s3) > 0) {
    faces.pop();
    edges.clear();
    ids.push(addFace(s0, s2, s1), addFace(s0, s1, s3), addFace(s1, s2, s3), addFace(s2, s0, s3));
  } else ids.push(base, addFace(s1, s0, s3), addFace(s2, s1, s3), addFace(s0, s2, s3));
  const assign = (q: number, candidates: readonly number[]): void => {
    let best = -1, bd = eps;
    for (const id of candidates) {
      const d = dist(faces[id], q);
      if (d > bd) {
        bd = d;
        best = id;
      }
    }
    if (best >= 0) faces[best].outside.push(q);
  };
  for (let q = 0; q < N; q++) if (q !== s0 && q !== s1 && q !== s2 && q !== s3) assign(q, ids);
  const pending = [...ids];
  while (pending.length) {
    const fid = pending.pop()!;
    const f = faces[fid];
    if (!f.alive || f.outside.length === 0) continue;
    let p = f.outside[0], pd = -Infinity;
    for (const q of f.outside) {
      const d = dist(f, q);
      if (d > pd) [pd, p] = [d, q];
    }
    // Faces visible from p (connected to f), and the horizon edges between visible and hidden faces.
    const visible: number[] = [fid];
    const seen = new Set<number>([fid]);
    const horizon: [number, number][] = [];
    for (let h = 0; h < visible.length; h++) {
      const vf = faces[visible[h]];
      for (let e = 0; e < 3; e++) {
        const a = vf.v[e], b = vf.v[(e + 1) % 3];
        const nb = edges.get(key(b, a))!;
        if (seen.has(nb)) continue;
        if (dist(faces[nb], p) > eps) {
          seen.add(nb);
          visible.push(nb);
        } else horizon.push([a, b]);
      }
    }
    const orphans: number[] = [];
    for (const id of visible) {
      const vf = faces[id];
      vf.alive = false;
      for (const q of vf.outside) if (q !== p) orphans.push(q);
      vf.outside = [];
      for (let e = 0; e < 3; e++) {
        const k = key(vf.v[e], vf.v[(e + 1) % 3]);
        if (edges.get(k) === id) edges.delete(k);
      }
    }
    const created = horizon.map(([a, b]) => addFace(a, b, p));
    for (const q of orphans) assign(q, created);
    // Points are only ever given to new faces, so every live face holding points is queued.
    for (const id of created) if (faces[id].outside.length) pending.push(id);
  }
  let volume = 0, area = 0, count = 0;
  for (const f of faces) {
    if (!f.alive) continue;
    const [a, b, c] = f.v;
    const ax = P[3 * a], ay = P[3 * a + 1], az = P[3 * a + 2];
    const bx = P[3 * b], by = P[3 * b + 1], bz = P[3 * b + 2];
    const qx = P[3 * c], qy = P[3 * c + 1], qz = P[3 * c + 2];
    volume += ax * (by * qz - bz * qy) + ay * (bz * qx - bx * qz) + az * (bx * qy - by * qx);
    const ux = bx - ax, uy = by - ay, uz = bz - az, vx = qx - ax, vy = qy - ay, vz = qz - az;
    area += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
    count++;
  }
  return { volume: Math.abs(volume) / 6, area, faceCount: count };
}

/** Four affinely independent points (indices), or null when the set is coplanar. */
function initialSimplex(P: Float64Array, N: number, eps: number): [number, number, number, number] | null {
  if (N < 4) return null;
  let a = 0, b = 0;
  for (let axis = 0; axis < 3 && a === b; axis++) {
    a = b = 0;
    for (let q = 1; q < N; q++) {
      if (P[3 * q + axis] < P[3 * a + axis]) a = q;
      if (P[3 * q + axis] > P[3 * b + axis]) b = q;
    }
    if (P[3 * b + axis] - P[3 * a + axis] <= eps) b = a;
  }
  if (a === b) return null;
  const dx = P[3 * b] - P[3 * a], dy = P[3 * b + 1] - P[3 * a + 1], dz = P[3 * b + 2] - P[3 * a + 2];
  let c = -1, cd = eps;
  for (let q = 0; q < N; q++) {
    const ex = P[3 * q] - P[3 * a], ey = P[3 * q + 1] - P[3 * a + 1], ez = P[3 * q + 2] - P[3 * a + 2];
    const d = Math.hypot(dy * ez - dz * ey, dz * ex - dx * ez, dx * ey - dy * ex) / Math.hypot(dx, dy, dz);
    if (d > cd) [cd, c] = [d, q];
  }
  if (c < 0) return null;
  const ux = dx, uy = dy, uz = dz;
  const vx = P[3 * c] - P[3 * a], vy = P[3 * c + 1] - P[3 * a + 1], vz = P[3 * c + 2] - P[3 * a + 2];
  let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
  const len = Math.hypot(nx, ny, nz);
  nx /= len;
  ny /= len;
  nz /= len;
  let d4 = -1, dd = eps;
  for (let q = 0; q < N; q++) {
    const d = Math.abs(nx * (P[3 * q] - P[3 * a]) + ny * (P[3 * q + 1] - P[3 * a + 1]) + nz * (P[3 * q + 2] - P[3 * a + 2]));
    if (d > dd) [dd, d4] = [d, q];
  }
  return d4 < 0 ? null : [a, b, c, d4];
}
