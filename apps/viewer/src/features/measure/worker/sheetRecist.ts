import type { Geometry, Mask } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import { measureRecist } from '@caliper/engine';
import type { MeasureRecistJson } from '@caliper/engine';

/**
 * RECIST of a region one voxel thick across the row (i) or column (j) axis and spanning several
 * acquisition slices: a brush or scissors stroke on one sagittal or coronal MPR slice. On the
 * acquisition slices such a sheet is a line (short axis 0 mm), so its diameters are measured in its
 * own plane, the plane of its largest extent, by the same method as every other mask
 * (measureRecist: the longest voxel-centre diameter, then the longest perpendicular to it).
 * `sliceIndex` is then the acquisition slice (k) of the long axis' midpoint. Null for any other
 * region: the acquisition plane applies.
 */
export function sheetRecist(geometry: Geometry, mask: Mask): MeasureRecistJson | null {
  const b = mask.bbox;
  if (!b || b[1][2] === b[0][2]) return null;
  const thin = [0, 1].find((d) => b[1][d] === b[0][d]);
  if (thin === undefined) return null;
  // Axes of the sheet's plane (u, v) and its normal (w): the permuted grid has the sheet as its one slice.
  const [u, v, w] = thin === 0 ? [1, 2, 0] : [0, 2, 1];
  const dirs = [geometry.rowDirection, geometry.columnDirection, geometry.sliceDirection];
  const dims = mask.dimensions;
  const pd: [number, number, number] = [dims[u], dims[v], dims[w]];
  const permuted: Geometry = {
    dimensions: pd, origin: geometry.origin,
    rowDirection: dirs[u], columnDirection: dirs[v], sliceDirection: dirs[w],
    spacing: [geometry.spacing[u], geometry.spacing[v], geometry.spacing[w]],
  };
  const data = new Uint8Array(pd[0] * pd[1] * pd[2]);
  const at = [0, 0, 0];
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++)
      for (let i = b[0][0]; i <= b[1][0]; i++) {
        if (!mask.data[(k * dims[1] + j) * dims[0] + i]) continue;
        at[0] = i; at[1] = j; at[2] = k;
        data[(at[w] * pd[1] + at[v]) * pd[0] + at[u]] = 1;
      }
  const bbox = [[b[0][u], b[0][v], b[0][w]], [b[1][u], b[1][v], b[1][w]]] as const;
  const r = measureRecist(permuted, { dimensions: pd, data, bbox });
  if (!r) return null;
  const mid = [0, 1, 2].map((d) => (r.long[0][d] + r.long[1][d]) / 2);
  const k = Math.round(patientToVoxel(geometry, asPatient(mid))[2]);
  return { longMm: r.longMm, shortMm: r.shortMm, sliceIndex: Math.min(dims[2] - 1, Math.max(0, k)), long: r.long, short: r.short };
}
