import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { axisRotation } from '../../../timeline/align/rigidTransform';
import type { RigidTransform } from '../../../timeline/align/types';
import { mapPoint, mapShape } from '../mapShape';

const P = patientPoint;
// current → prior: p_prior = p_current + (10, −5, 30)
const shift: RigidTransform = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [10, -5, 30] };

describe('mapShape (prior shape into the current frame)', () => {
  it('moves points by the inverse translation', () => {
    expect(mapPoint(shift, [10, -5, 30])).toEqual([0, 0, 0]);
    const m = mapShape({ kind: 'lines', segments: [[P(10, 0, 30), P(40, 0, 30)], [P(25, -10, 30), P(25, 10, 30)]] }, shift);
    expect(m).toEqual({ kind: 'lines', segments: [[[0, 5, 0], [30, 5, 0]], [[15, -5, 0], [15, 15, 0]]] });
  });
  it('keeps lengths and rotates normals under a rotation', () => {
    const rot: RigidTransform = { rotation: axisRotation(2, 90), translationMm: [0, 0, 0] };
    const m = mapShape({ kind: 'ellipse', center: P(0, 0, 0), axisA: P(10, 0, 0), axisB: P(0, 5, 0), normal: [1, 0, 0] }, rot);
    if (m?.kind !== 'ellipse') throw new Error('ellipse expected');
    expect(Math.hypot(...m.axisA)).toBeCloseTo(10, 12);
    expect(Math.hypot(...m.axisB)).toBeCloseTo(5, 12);
    expect(Math.abs(m.normal[0])).toBeCloseTo(0, 12);
    expect(Math.abs(m.normal[1])).toBeCloseTo(1, 12);
  });
  it('spheres keep their radius, boxes are re-fitted, PET threshold rules are kept, masks are not carried', () => {
    expect(mapShape({ kind: 'sphere', center: P(10, -5, 30), radiusMm: 7 }, shift)).toEqual({ kind: 'sphere', center: [0, 0, 0], radiusMm: 7 });
    expect(mapShape({ kind: 'box', min: P(10, -5, 30), max: P(20, 5, 40) }, shift)).toEqual({ kind: 'box', min: [0, 0, 0], max: [10, 10, 10] });
    const pt = mapShape({ kind: 'petThreshold', within: { kind: 'sphere', center: P(10, -5, 30), radiusMm: 15 }, mode: { kind: 'percentOfMax', percent: 41 } }, shift);
    expect(pt).toEqual({ kind: 'petThreshold', within: { kind: 'sphere', center: [0, 0, 0], radiusMm: 15 }, mode: { kind: 'percentOfMax', percent: 41 } });
    expect(mapShape({ kind: 'mask', volumeId: 'v', mask: {} as never }, shift)).toBeUndefined();
  });
});
