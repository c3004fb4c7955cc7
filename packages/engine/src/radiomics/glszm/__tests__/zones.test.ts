import { describe, expect, it } from 'vitest';
import { computeGldzmFamily } from '../../gldzm/computeGldzmFamily';
import { computeBorderDistance } from '../../gldzm/computeBorderDistance';
import { makeLevels } from '../../texture/testing';
import { computeGlszmFamily } from '../computeGlszmFamily';
import { labelZones } from '../labelZones';

//   1 2 2
//   1 1 2
//   3 3 1     level 1 is one 8-connected zone of 4 (the corner 1 touches diagonally), 2 one of 3, 3 one of 2
const roi = makeLevels([[[1, 2, 2], [1, 1, 2], [3, 3, 1]]], 3);

describe('GLSZM / GLDZM zones', () => {
  it('labels 8-connected zones of equal grey level', () => {
    const z = labelZones(roi, true);
    expect(Array.from(z.level)).toEqual([1, 2, 3]);
    expect(Array.from(z.size)).toEqual([4, 3, 2]);
  });
  it('GLSZM small zone emphasis and zone percentage', () => {
    const f = computeGlszmFamily(roi, labelZones(roi, false), '3D')['3D'];
    expect(f[0]).toBeCloseTo((1 / 16 + 1 / 9 + 1 / 4) / 3, 12);
    expect(f[12]).toBeCloseTo(3 / 9, 12);
    expect(f[8]).toBeCloseTo(3 / 3, 12); // grey level non-uniformity: (1² + 1² + 1²)/3
  });
  it('border distance: 1 on the edge of the 3×3 square, 2 in its centre (4-connected), 0 outside', () => {
    const d = computeBorderDistance(roi.morphological, roi.dims, true);
    const at = (i: number, j: number) => d[i + 1 + roi.dims[0] * (j + 1 + roi.dims[1])];
    expect([at(0, 0), at(1, 0), at(1, 1), at(2, 2)]).toEqual([1, 1, 2, 1]);
    expect(d[0]).toBe(0);
  });
  it('GLDZM: a zone takes its smallest voxel distance, so every zone here is at distance 1', () => {
    const f = computeGldzmFamily(roi, labelZones(roi, true), '2D');
    expect(f['2D'][0]).toBe(1); // small distance emphasis
    expect(f['2D'][1]).toBe(1);
    expect(f['2.5D'][14]).toBe(0); // zone distance variance
  });
  it('3D border distance is the Manhattan distance to the outside', () => {
    const cube = makeLevels([[[1, 1, 1], [1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]]], 1);
    const d = computeBorderDistance(cube.morphological, cube.dims, false);
    const [a, b] = cube.dims;
    expect(d[2 + a * (2 + b * 2)]).toBe(2);
    expect(Math.max(...d)).toBe(2);
  });
});
