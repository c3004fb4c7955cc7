import type { Vec3 } from '@caliper/core';
import type { Shape } from '../model/shape';
import type { RecistAxes } from './recistTypes';

const RAYS = 1440;

/** Boundary of the shape's section by plane z, by bisection along in-plane rays from (cx, cy) (section assumed star-shaped about it). */
function sectionContour(shape: Shape, cx: number, cy: number, z: number, rMax: number): [number, number][] | null {
  if (!shape.contains(cx, cy, z)) return null;
  const pts: [number, number][] = [];
  for (let r = 0; r < RAYS; r++) {
    const a = (2 * Math.PI * r) / RAYS;
    const dx = Math.cos(a);
    const dy = Math.sin(a);
    let lo = 0;
    let hi = rMax;
    for (let it = 0; it < 48; it++) {
      const mid = (lo + hi) / 2;
      if (shape.contains(cx + mid * dx, cy + mid * dy, z)) lo = mid;
      else hi = mid;
    }
    pts.push([cx + lo * dx, cy + lo * dy]);
  }
  return pts;
}

/** Longest chord perpendicular to unit direction e (outer extent of the polygon along the perpendicular). */
function perpendicularChord(pts: [number, number][], e: [number, number]): { len: number; a: [number, number]; b: [number, number] } {
  const f: [number, number] = [-e[1], e[0]];
  const s = pts.map((p) => p[0] * e[0] + p[1] * e[1]);
  const t = pts.map((p) => p[0] * f[0] + p[1] * f[1]);
  const sMin = Math.min(...s);
  const sMax = Math.max(...s);
  let best = { len: 0, s0: 0, t0: 0, t1: 0 };
  const samples = 4000;
  for (let q = 1; q < samples; q++) {
    const s0 = sMin + ((sMax - sMin) * q) / samples;
    let tLo = Infinity;
    let tHi = -Infinity;
    for (let v = 0; v < pts.length; v++) {
      const w = (v + 1) % pts.length;
      if ((s[v] - s0) * (s[w] - s0) > 0 || s[v] === s[w]) continue;
      const tt = t[v] + ((s0 - s[v]) / (s[w] - s[v])) * (t[w] - t[v]);
      tLo = Math.min(tLo, tt);
      tHi = Math.max(tHi, tt);
    }
    if (tHi - tLo > best.len) best = { len: tHi - tLo, s0, t0: tLo, t1: tHi };
  }
  const at = (tt: number): [number, number] => [best.s0 * e[0] + tt * f[0], best.s0 * e[1] + tt * f[1]];
  return { len: best.len, a: at(best.t0), b: at(best.t1) };
}

/**
 * RECIST axes of a star-shaped solid from its analytic surface: per slice plane a 1440-vertex
 * contour, long axis = maximal vertex-pair distance, short axis = longest perpendicular chord.
 */
export function contourRecist(shape: Shape, centre: Vec3, sliceZ: readonly number[]): RecistAxes | null {
  const b = shape.bounds;
  const rMax = Math.hypot(b.max[0] - b.min[0], b.max[1] - b.min[1]);
  let best: RecistAxes | null = null;
  sliceZ.forEach((z, k) => {
    if (z < b.min[2] || z > b.max[2]) return;
    const pts = sectionContour(shape, centre[0], centre[1], z, rMax);
    if (!pts) return;
    let d2 = 0;
    let ends: [number, number] = [0, 0];
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const q = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2;
        if (q > d2) {
          d2 = q;
          ends = [i, j];
        }
      }
    }
    const long = Math.sqrt(d2);
    if (best && long <= best.longAxis_mm) return;
    const [p, q] = [pts[ends[0]], pts[ends[1]]];
    const e: [number, number] = [(q[0] - p[0]) / long, (q[1] - p[1]) / long];
    const chord = perpendicularChord(pts, e);
    best = {
      longAxis_mm: long,
      shortAxis_mm: chord.len,
      sliceIndex: k,
      sliceZ_mm: z,
      longAxisEndpoints_lps_mm: [[p[0], p[1], z], [q[0], q[1], z]],
      shortAxisEndpoints_lps_mm: [[chord.a[0], chord.a[1], z], [chord.b[0], chord.b[1], z]],
    };
  });
  return best;
}
