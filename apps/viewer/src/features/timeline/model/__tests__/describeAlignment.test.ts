import { describe, expect, it } from 'vitest';
import { describeAlignment, rotationDegrees } from '../describeAlignment';
import { axisRotation, IDENTITY } from '../../align/rigidTransform';

describe('describeAlignment', () => {
  it('gives the rotation angle of a matrix', () => {
    expect(rotationDegrees(IDENTITY.rotation)).toBe(0);
    expect(rotationDegrees(axisRotation(1, 12))).toBeCloseTo(12, 9);
  });
  it('names the method with the translation in mm', () => {
    expect(describeAlignment({ method: 'landmark', transform: { rotation: IDENTITY.rotation, translationMm: [0, -2.25, 10] } }).label).toBe('Landmark-corrected (0.0, -2.3, 10.0) mm');
    expect(describeAlignment({ method: 'registration', transform: { rotation: axisRotation(2, 3), translationMm: [1, 2, 3] } }).label).toBe('Rigid registration (1.0, 2.0, 3.0) mm, rotation 3.0°');
    expect(describeAlignment({ method: 'same-frame', transform: IDENTITY }).label).toBe('Same frame of reference');
  });
});
