import { describe, expect, it } from 'vitest';
import type { Geometry, PatientPoint } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { alignRigid } from '../alignRigid';
import type { AlignRigidOptions, AlignRigidResult } from '../alignRigid';
import { applyRigid } from '../applyRigid';
import { composeRigid } from '../composeRigid';
import { invertRigid } from '../invertRigid';
import { measureRotationDeg } from '../measureRotationDeg';
import { rigidFromLandmarks } from '../rigidFromLandmarks';
import { rotationFromAngles } from '../rotationFromAngles';
import type { RigidTransform } from '../rigidTransform';
import { renderEllipsoids } from '../testing/renderEllipsoids';
import { torsoShapes } from '../testing/torsoShapes';
import { makeGeometry } from '../../testing/fixtures';

// Prior: 128×128×100 at 2.8×2.8×3 mm around the torso centre (0, 0, 0). Current: another grid
// (3×3.2×3.3 mm, other origin: the body sits elsewhere in it), independent noise (±20 HU).
const priorGeometry = makeGeometry([128, 128, 100], [2.8, 2.8, 3], [-179, -179, -150]);
const currentGeometry = makeGeometry([120, 110, 90], [3, 3.2, 3.3], [-170, -190, -140]);
const shapes = torsoShapes([0, 0, 0]);
const deg = Math.PI / 180;

function ct(g: Geometry, seed: number, transform?: RigidTransform): { geometry: Geometry; data: Int16Array } {
  const data = new Int16Array(g.dimensions[0] * g.dimensions[1] * g.dimensions[2]);
  renderEllipsoids(g, shapes, data, { background: -1000, noise: 20, seed, ...(transform ? { transform } : {}) });
  return { geometry: g, data };
}
const prior = ct(priorGeometry, 1);

function run(moving: ReturnType<typeof ct>, options: AlignRigidOptions = {}): AlignRigidResult {
  const r = alignRigid(prior, moving, options);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Residual motion truth⁻¹ ∘ estimate: displacement (mm) at p and angle (°). */
function residual(estimate: RigidTransform, truth: RigidTransform, p: PatientPoint = patientPoint(0, 0, 0)): { mm: number; deg: number } {
  const r = composeRigid(invertRigid(truth), estimate);
  const q = applyRigid(r, p);
  return { mm: Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]), deg: measureRotationDeg(r) };
}

const shift: RigidTransform = { rotation: [1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [12.3, -7.8, 15.0] };
const turned: RigidTransform = { rotation: [...rotationFromAngles(0, 0, 5 * deg)], translationMm: [12.3, -7.8, 15.0] };

describe('alignRigid (current → prior, patient LPS mm)', () => {
  it('same volume: identity (to 0.05 mm), NCC 1', () => {
    const r = run(prior, { rotation: true });
    r.transform.translationMm.forEach((x) => expect(Math.abs(x)).toBeLessThan(0.05));
    expect(measureRotationDeg(r.transform)).toBeLessThan(0.01);
    expect(r.quality.value).toBeCloseTo(1, 6);
    expect(r.quality.metric).toBe('NCC');
  });

  it('recovers a (12.3, −7.8, 15.0) mm shift across different origin and spacing within 1 mm', () => {
    const r = run(ct(currentGeometry, 2, shift));
    const [x, y, z] = r.transform.translationMm;
    expect(Math.abs(x - 12.3)).toBeLessThan(1);
    expect(Math.abs(y + 7.8)).toBeLessThan(1);
    expect(Math.abs(z - 15.0)).toBeLessThan(1);
    expect(r.transform.rotation).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]); // rotation off: exactly none
    expect(r.quality.value).toBeGreaterThan(r.quality.initialValue);
    // 4 mm and 2 mm both give factor 1 on a 2.8 mm grid: one level of 2.8 mm, and 8 mm → 3 × 2.8 = 8.4 mm.
    expect(r.quality.levels.map((l) => +l.spacingMm[0].toFixed(6))).toEqual([8.4, 2.8]);
    expect(r.quality.method).toContain('translation only');
  });

  it('recovers 5° about z plus the shift within 1° and 1 mm (rotation on)', () => {
    const r = run(ct(currentGeometry, 3, turned), { rotation: true });
    const e = residual(r.transform, turned);
    expect(e.deg).toBeLessThan(1);
    expect(e.mm).toBeLessThan(1);
    expect(measureRotationDeg(r.transform)).toBeGreaterThan(4);
    expect(measureRotationDeg(r.transform)).toBeLessThan(6);
    // Still within 1.5 mm 100 mm away from the rotation centre.
    expect(residual(r.transform, turned, patientPoint(100, 80, 120)).mm).toBeLessThan(1.5);
  });

  it('handles flipped direction cosines and float data in another unit', () => {
    // Current grid stored right-to-left and feet-first (row −x, slice −z), values scaled ×0.01.
    const g: Geometry = { ...makeGeometry([120, 110, 90], [3, 3.2, 3.3], [190, -190, 160]), rowDirection: [-1, 0, 0], sliceDirection: [0, 0, -1] };
    const c = ct(g, 4, shift);
    const scaled = { geometry: g, data: Float32Array.from(c.data, (v) => v * 0.01) };
    const p = { geometry: priorGeometry, data: Float32Array.from(prior.data, (v) => v * 0.01) };
    const r = alignRigid(p, scaled, { bodyThreshold: -5 });
    if (!r.ok) throw new Error(r.error);
    expect(residual(r.value.transform, shift).mm).toBeLessThan(1);
  });

  it('one landmark pair corrects the translation and keeps the computed rotation', () => {
    const moving = ct(currentGeometry, 3, turned);
    const r = run(moving, { rotation: true });
    // The reader clicks the lung nodule centre in both studies (prior (−90, 20, 90); current: its truth preimage).
    const priorPoint = patientPoint(-90, 20, 90);
    const currentPoint = applyRigid(invertRigid(turned), priorPoint);
    const corrected = rigidFromLandmarks(priorPoint, currentPoint, r.transform);
    expect(corrected.rotation).toEqual(r.transform.rotation);
    const back = applyRigid(corrected, currentPoint);
    [0, 1, 2].forEach((d) => expect(back[d]).toBeCloseTo(priorPoint[d], 9));
    // Refining from the correction (option `initial`) converges to the same answer.
    const again = run(moving, { rotation: true, initial: corrected });
    expect(again.quality.start).toBe('initial');
    expect(residual(again.transform, turned).mm).toBeLessThan(1);
  });

  it('starts from identity when asked, and auto-picks the better start', () => {
    const moving = ct(currentGeometry, 2, shift);
    const r = run(moving, { start: 'identity' });
    expect(r.quality.start).toBe('identity');
    expect(residual(r.transform, shift).mm).toBeLessThan(1);
    expect(['identity', 'centre-of-mass']).toContain(run(moving).quality.start);
  });

  it('returns named errors for unusable input', () => {
    const air = { geometry: priorGeometry, data: new Int16Array(prior.data.length).fill(-1000) };
    expect(alignRigid(prior, air)).toEqual({ ok: false, error: 'moving volume: no voxel above the body threshold -500' });
    expect(alignRigid({ geometry: priorGeometry, data: new Int16Array(10) }, prior)).toEqual({ ok: false, error: 'fixed volume: 10 voxels for a 128×128×100 grid' });
    expect(alignRigid(prior, prior, { levelsMm: [] }).ok).toBe(false);
  });
});
