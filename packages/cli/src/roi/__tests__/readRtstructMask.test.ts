import { describe, expect, it } from 'vitest';
import { readRtstructMask } from '../readRtstructMask';
import { grid, voxels } from './grid';

const square = (x0: number, y0: number, x1: number, y1: number, z: number) => [x0, y0, z, x1, y0, z, x1, y1, z, x0, y1, z];

const rtstruct = (contours: number[][]) => ({
  Modality: 'RTSTRUCT',
  StructureSetROISequence: [{ ROINumber: 7, ROIName: 'GTV-1' }, { ROINumber: 8, ROIName: 'Other' }],
  ROIContourSequence: [
    { ReferencedROINumber: 8, ContourSequence: [{ ContourGeometricType: 'CLOSED_PLANAR', ContourData: square(0, 0, 6, 4, 0) }] },
    { ReferencedROINumber: 7, ContourSequence: contours.map((c) => ({ ContourGeometricType: 'CLOSED_PLANAR', ContourData: c })) },
  ],
});

describe('readRtstructMask (grid 4×3×2, 2 mm, centres at x = 0,2,4,6, y = 0,2,4, z = 0,2)', () => {
  it('contour by name; centres on the boundary count; an inner contour is a hole (XOR)', () => {
    // Outer x∈[0,6], y∈[0,4] on z = 2 holds all 12 centres of slice 1; the inner x∈[1.5,4.5], y∈[1,3]
    // holds the centres (2,2) and (4,2) mm = voxels (1,1,1) and (2,1,1), which become a hole.
    const r = readRtstructMask(rtstruct([square(0, 0, 6, 4, 2), square(1.5, 1, 4.5, 3, 2)]), grid, 'gtv-1', 'rs.dcm');
    if (!r.ok) throw new Error(r.error);
    expect(voxels(grid.dimensions, r.value.data)).toEqual(['0,0,1', '1,0,1', '2,0,1', '3,0,1', '0,1,1', '3,1,1', '0,2,1', '1,2,1', '2,2,1', '3,2,1']);
    expect(r.value.bbox).toEqual([[0, 0, 1], [3, 2, 1]]);
  });
  it('errors: unknown ROI name, several ROIs and no name, contour off the slice planes', () => {
    expect(readRtstructMask(rtstruct([square(0, 0, 6, 4, 2)]), grid, 'liver', 'rs.dcm')).toMatchObject({ ok: false });
    const noName = readRtstructMask(rtstruct([square(0, 0, 6, 4, 2)]), grid, undefined, 'rs.dcm');
    expect(noName.ok ? '' : noName.error).toMatch(/give roiName/);
    const off = readRtstructMask(rtstruct([square(0, 0, 6, 4, 1)]), grid, 'GTV-1', 'rs.dcm');
    expect(off.ok ? '' : off.error).toMatch(/slice plane/);
  });
});
