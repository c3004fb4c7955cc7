import type { Mask } from '@caliper/core';
import caseTable from '@kitware/vtk.js/Filters/General/ImageMarchingCubes/caseTable.js';

export interface TriangleMesh {
  /** Triangle soup: 9 coordinates (x0,y0,z0,x1,...) per triangle, in grid-aligned mm
   *  (x = i·si, y = j·sj, z = k·sk; a rigid motion away from patient LPS). */
  readonly positions: Float64Array;
  readonly triangleCount: number;
}

// vtk's cube-index bit order visits vertices 0,1,3,2,4,5,7,6 (Lorensen's numbering).
const VERT_MAP = [0, 1, 3, 2, 4, 5, 7, 6];
const CASES: (readonly number[])[] = Array.from({ length: 256 }, (_, c) => caseTable.getCase(c));
const EDGES: (readonly [number, number])[] = Array.from({ length: 12 }, (_, e) => caseTable.getEdge(e));

/**
 * Marching cubes (Lorensen & Cline, vtk.js case table) of a binary mask at iso-level 0.5, the mask
 * padded with zeros so the surface is closed (IBSI morphology convention). Vertices of a binary
 * mask fall at edge midpoints. Only the mask bbox (+1) is visited.
 */
export function marchingCubesMask(mask: Mask, spacing: readonly [number, number, number]): TriangleMesh {
  const b = mask.bbox;
  if (!b) return { positions: new Float64Array(0), triangleCount: 0 };
  const [ni, nj, nk] = mask.dimensions;
  const m = mask.data;
  const [si, sj, sk] = spacing;
  const at = (i: number, j: number, k: number): number =>
    i < 0 || j < 0 || k < 0 || i >= ni || j >= nj || k >= nk ? 0 : m[i + ni * (j + nj * k)] !== 0 ? 1 : 0;
  let out = new Float64Array(9 * 1024);
  let t = 0;
  const s = new Uint8Array(8);
  for (let k = b[0][2] - 1; k <= b[1][2]; k++)
    for (let j = b[0][1] - 1; j <= b[1][1]; j++)
      for (let i = b[0][0] - 1; i <= b[1][0]; i++) {
        let index = 0;
        for (let v = 0; v < 8; v++) {
          s[v] = at(i + (v & 1), j + ((v >> 1) & 1), k + ((v >> 2) & 1));
        }
        for (let idx = 0; idx < 8; idx++) if (s[VERT_MAP[idx]]) index |= 1 << idx;
        if (index === 0 || index === 255) continue;
        const tris = CASES[index];
        for (let q = 0; tris[q] >= 0; q += 3) {
          if ((t + 1) * 9 > out.length) {
            const bigger = new Float64Array(out.length * 2);
            bigger.set(out);
            out = bigger;
          }
          for (let e = 0; e < 3; e++) {
            const [v0, v1] = EDGES[tris[q + e]];
            const o = t * 9 + e * 3;
            out[o] = (i + ((v0 & 1) + (v1 & 1)) / 2) * si;
            out[o + 1] = (j + (((v0 >> 1) & 1) + ((v1 >> 1) & 1)) / 2) * sj;
            out[o + 2] = (k + (((v0 >> 2) & 1) + ((v1 >> 2) & 1)) / 2) * sk;
          }
          t++;
        }
      }
  return { positions: out.subarray(0, t * 9), triangleCount: t };
}
