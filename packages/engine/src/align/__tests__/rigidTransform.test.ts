import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { applyRigid } from '../applyRigid';
import { composeRigid } from '../composeRigid';
import { invertRigid } from '../invertRigid';
import { measureRotationDeg } from '../measureRotationDeg';
import { rigidFromLandmarks } from '../rigidFromLandmarks';
import { rotationFromAngles } from '../rotationFromAngles';
import { IDENTITY_RIGID } from '../rigidTransform';
import type { RigidTransform } from '../rigidTransform';

const deg = Math.PI / 180;
const close = (a: readonly number[], b: readonly number[], digits = 12) => a.forEach((x, q) => expect(x).toBeCloseTo(b[q], digits));
// 90° about z: x → y, y → −x; then +(10, 20, 30) mm.
const quarter: RigidTransform = { rotation: [0, -1, 0, 1, 0, 0, 0, 0, 1], translationMm: [10, 20, 30] };

describe('rigid transforms (patient LPS mm)', () => {
  it('rotationFromAngles: 90° about each axis, right-handed', () => {
    close([...rotationFromAngles(0, 0, 90 * deg)], [0, -1, 0, 1, 0, 0, 0, 0, 1]);
    close([...rotationFromAngles(90 * deg, 0, 0)], [1, 0, 0, 0, 0, -1, 0, 1, 0]); // y → z
    close([...rotationFromAngles(0, 90 * deg, 0)], [0, 0, 1, 0, 1, 0, -1, 0, 0]); // z → x
    // x first, then z: (0, 1, 0) → x 90° → (0, 0, 1) → z 90° stays (0, 0, 1)
    const R = rotationFromAngles(90 * deg, 0, 90 * deg);
    close([R[1], R[4], R[7]], [0, 0, 1]);
  });
  it('applyRigid: R·p + t', () => {
    close(applyRigid(quarter, patientPoint(1, 2, 3)), [10 - 2, 20 + 1, 33]);
    close(applyRigid(IDENTITY_RIGID, patientPoint(-4.5, 0, 7)), [-4.5, 0, 7]);
  });
  it('invertRigid: Rᵀ, −Rᵀt, and round trips', () => {
    const inv = invertRigid(quarter);
    close(inv.rotation, [0, 1, 0, -1, 0, 0, 0, 0, 1]);
    close(inv.translationMm, [-20, 10, -30]);
    close(applyRigid(inv, patientPoint(8, 21, 33)), [1, 2, 3]);
    const t: RigidTransform = { rotation: [...rotationFromAngles(3 * deg, -7 * deg, 11 * deg)], translationMm: [12.3, -7.8, 15] };
    const p = patientPoint(101.5, -40, 250);
    close(applyRigid(invertRigid(t), applyRigid(t, p)), p, 10);
    close(invertRigid(invertRigid(t)).translationMm, t.translationMm, 12);
  });
  it('composeRigid: outer ∘ inner, and t ∘ t⁻¹ = identity', () => {
    const shift: RigidTransform = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [1, 0, 0] };
    // shift first, then quarter: (0,0,0) → (1,0,0) → (10, 21, 30)
    close(applyRigid(composeRigid(quarter, shift), patientPoint(0, 0, 0)), [10, 21, 30]);
    // quarter first, then shift: (0,0,0) → (10,20,30) → (11, 20, 30)
    close(applyRigid(composeRigid(shift, quarter), patientPoint(0, 0, 0)), [11, 20, 30]);
    const id = composeRigid(quarter, invertRigid(quarter));
    close(id.rotation, IDENTITY_RIGID.rotation);
    close(id.translationMm, [0, 0, 0]);
  });
  it('measureRotationDeg: angle of the residual rotation', () => {
    expect(measureRotationDeg(quarter)).toBeCloseTo(90, 10);
    expect(measureRotationDeg(IDENTITY_RIGID)).toBe(0);
    expect(measureRotationDeg({ rotation: [...rotationFromAngles(0, 0, 0.01 * deg)], translationMm: [0, 0, 0] })).toBeCloseTo(0.01, 10);
    expect(measureRotationDeg({ rotation: [...rotationFromAngles(5 * deg, 0, 0)], translationMm: [0, 0, 0] })).toBeCloseTo(5, 10);
  });
  it('rigidFromLandmarks: one pair fixes the translation, keeps the base rotation', () => {
    // No base: a pure shift current → prior.
    const t = rigidFromLandmarks(patientPoint(110, -20, 35), patientPoint(100, -12.2, 20));
    close(t.rotation, IDENTITY_RIGID.rotation);
    close(t.translationMm, [10, -7.8, 15]);
    // With the 90° base: t = prior − R·current = (5, 5, 5) − (−2, 1, 3) = (7, 4, 2).
    const c = rigidFromLandmarks(patientPoint(5, 5, 5), patientPoint(1, 2, 3), quarter);
    close(c.rotation, quarter.rotation);
    close(c.translationMm, [7, 4, 2]);
    close(applyRigid(c, patientPoint(1, 2, 3)), [5, 5, 5]);
  });
  it('serialises as plain JSON', () => {
    const back = JSON.parse(JSON.stringify(quarter)) as RigidTransform;
    expect(back).toEqual(quarter);
  });
});
