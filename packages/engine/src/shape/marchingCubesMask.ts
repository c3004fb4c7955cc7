import type { Mask } from '@caliper/core';
import caseTable from '@kitware/vtk.js/Filters/General/ImageMarchingCubes/caseTable.js';
import { padMaskBbox } from '../mask/padMaskBbox';

export interface TriangleMesh {
  /** Triangle soup: 9 coordinates (x0,y0,z0,x1,...) per triangle, in grid-aligned mm
   *  (x = i·si, y = j·sj, z = k·sk; a rigid motion away from patient LPS). */
  readonly positions: Float64Array;
  readonly triangleCount: number;
}

// vtk's cube-index bit order visits vertices 0,1,3,2,4,5,7,6 (Lorensen's numbering); vertex v sits
// at (v & 1, v >> 1 & 1, v >> 2 & 1). For each case, the triangle vertices as doubled offsets
// (edge midpoints of a binary mask at iso 0.5 have half-integer coordinates).
const CASE_VERTS: Int8Array[] = Array.from({ length: 256 }, (_, c) => {
  const tris = caseTable.getCase(c);
  const out: number[] = [];
  for (let q = 0; tris[q] >= 0; q++) {
    const [v0, v1] = caseTable.getEdge(tris[q]);
    out.push((v0 & 1) + (v1 & 1), ((v0 >> 1) & 1) + ((v1 >> 1) & 1), ((v0 >> 2) & 1) + ((v1 >> 2) & 1));
  }
  return Int8Array.from(out);
});

/**
 * Marching cubes (Lorensen & Cline, vtk.js case table) of a binary mask at iso-level 0.5, the mask
 * padded with zeros so the surface is closed (IBSI morphology convention). Vertices of a binary
 * mask fall at edge midpoints. Only the mask bbox (+1) is visited.
 */
export function marchingCubesMask(mask: Mask, spacing: readonly [number, number, number]): TriangleMesh {
  const blk = padMaskBbox(mask, 1);
  if (!blk) return { positions: new Float64Array(0), triangleCount: 0 };
  const [li, lj, lk] = blk.dims;
  const p = blk.data;
  const lij = li * lj;
  const hx = spacing[0] / 2, hy = spacing[1] / 2, hz = spacing[2] / 2;
  const [oi, oj, ok] = blk.origin;
  let out = new Float64Array(9 * 4096);
  let o = 0;
  const off = [0, 1, li + 1, li, lij, lij + 1, lij + li + 1, lij + li];
  for (let k = 0; k < lk - 1; k++)
    for (let j = 0; j < lj - 1; j++) {
      let n = k * lij + j * li;
      for (let i = 0; i < li - 1; i++, n++) {
        // Lorensen order: bit b <- cube vertex 0,1,3,2,4,5,7,6 (see `off`).
        const index =
          p[n + off[0]] | (p[n + off[1]] << 1) | (p[n + off[2]] << 2) | (p[n + off[3]] << 3) |
          (p[n + off[4]] << 4) | (p[n + off[5]] << 5) | (p[n + off[6]] << 6) | (p[n + off[7]] << 7);
        if (index === 0 || index === 255) continue;
        const cv = CASE_VERTS[index];
        if (o + cv.length > out.length) {
          const bigger = new Float64Array(out.length * 2);
          bigger.set(out);
          out = bigger;
        }
        const x2 = 2 * (i + oi), y2 = 2 * (j + oj), z2 = 2 * (k + ok);
        for (let q = 0; q < cv.length; q += 3) {
          out[o++] = (x2 + cv[q]) * hx;
          out[o++] = (y2 + cv[q + 1]) * hy;
          out[o++] = (z2 + cv[q + 2]) * hz;
        }
      }
    }
  return { positions: out.subarray(0, o), triangleCount: o / 9 };
}
