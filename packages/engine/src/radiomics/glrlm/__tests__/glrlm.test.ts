import { describe, expect, it } from 'vitest';
import { makeLevels } from '../../texture/testing';
import { computeGlrlmFamily } from '../computeGlrlmFamily';

//   1 2 2
//   1 1 2
//   3 3 1
const roi = makeLevels([[[1, 2, 2], [1, 1, 2], [3, 3, 1]]], 3);

describe('GLRLM', () => {
  // Run lengths by hand — along i: 1,2 | 2,1 | 2,1 (6 runs); along j: 2,1 | 1,1,1 | 2,1 (7);
  // along (1,1): 3 | 2 | 1 | 1,1 | 1 (6); along (−1,1): nine runs of 1.
  const sre = [(3 + 3 / 4) / 6, (5 + 2 / 4) / 7, (4 + 1 / 4 + 1 / 9) / 6, 1];
  it('short runs emphasis, averaged over directions and of the merged matrix', () => {
    const f = computeGlrlmFamily(roi, '2D');
    expect(f['2D:AVG'][0]).toBeCloseTo(sre.reduce((a, b) => a + b) / 4, 12);
    const sum = 3 + 3 / 4 + 5 + 2 / 4 + 4 + 1 / 4 + 1 / 9 + 9;
    expect(f['2.5D:MRG'][0]).toBeCloseTo(sum / 28, 12);
    expect(f['2D:SMRG'][0]).toBeCloseTo(sum / 28, 12);
  });
  it('run percentage: runs over voxels, the voxels counted once per merged direction', () => {
    const f = computeGlrlmFamily(roi, '2D');
    expect(f['2D:AVG'][12]).toBeCloseTo((6 / 9 + 7 / 9 + 6 / 9 + 9 / 9) / 4, 12);
    expect(f['2.5D:MRG'][12]).toBeCloseTo(28 / 36, 12);
  });
});
