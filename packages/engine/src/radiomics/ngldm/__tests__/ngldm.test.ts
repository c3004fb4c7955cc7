import { describe, expect, it } from 'vitest';
import { makeLevels } from '../../texture/testing';
import { computeNgldmFamily } from '../computeNgldmFamily';

//   1 2 2
//   1 1 2
//   3 3 1
const roi = makeLevels([[[1, 2, 2], [1, 1, 2], [3, 3, 1]]], 3);

describe('NGLDM', () => {
  // Dependence = 1 + same-level 8-neighbours: level 1 → 3, 3, 4, 2; level 2 → 3, 3, 3; level 3 → 2, 2.
  it('low and high dependence emphasis, dependence count percentage', () => {
    const f = computeNgldmFamily(roi, '2D')['2D'];
    expect(f[0]).toBeCloseTo((5 / 9 + 1 / 16 + 3 / 4) / 9, 12);
    expect(f[1]).toBeCloseTo((5 * 9 + 16 + 3 * 4) / 9, 12);
    expect(f[12]).toBe(1);
    // energy: counts (1,3)=2, (1,4)=1, (1,2)=1, (2,3)=3, (3,2)=2 over 9
    expect(f[16]).toBeCloseTo((4 + 1 + 1 + 9 + 4) / 81, 12);
  });
});
