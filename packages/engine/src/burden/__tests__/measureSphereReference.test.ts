import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import { measureLiverReference } from '../measureLiverReference';
import { measureSphereReference, REFERENCE_SPHERE_DIAMETER_MM } from '../measureSphereReference';

describe('measureSphereReference: a reference sphere of any diameter', () => {
  // 9×9×9 at 5 mm: a 20 mm sphere holds the lattice points with i²+j²+k² ≤ 4: 1 + 6 + 12 + 8 + 6 = 33.
  const g = makeGeometry([9, 9, 9], [5, 5, 5]);
  const data = new Float32Array(729).fill(1);
  data[4 + 9 * 4 + 81 * 4] = 3;
  const vol = makeVolume(g, data, 'SUVbw');
  it('mean, population SD, max and CV, hand-computed (32 voxels of 1, one of 3)', () => {
    const r = measureSphereReference(vol, patientPoint(20, 20, 20), { diameterMm: 20 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // mean 35/33; variance 41/33 − (35/33)² = 128/1089; CV = √128 / 35.
    expect(r.value).toEqual({ mean: expect.closeTo(35 / 33, 6), sd: expect.closeTo(Math.sqrt(128) / 33, 6), max: 3, voxelCount: 33, cv: expect.closeTo(Math.sqrt(128) / 35, 6), diameterMm: 20 });
  });
  it('maxCv refuses a heterogeneous sphere, naming the CV; no check without maxCv', () => {
    const r = measureSphereReference(vol, patientPoint(20, 20, 20), { diameterMm: 20, maxCv: 0.3, label: 'spleen sphere', tissue: 'spleen' });
    expect(!r.ok && r.error).toBe('spleen sphere SUV coefficient of variation 0.323 > 0.30: not in homogeneous spleen');
  });
  it('refuses a sphere not entirely inside the image (extent −2.5 … 42.5 mm on each axis)', () => {
    expect(measureSphereReference(vol, patientPoint(7.5, 20, 20), { diameterMm: 20 }).ok).toBe(true);
    const r = measureSphereReference(vol, patientPoint(7.4, 20, 20), { diameterMm: 20 });
    expect(!r.ok && r.error).toBe('reference sphere (20 mm at [7.4, 20.0, 20.0] mm) is not entirely inside the image');
    expect(measureSphereReference(vol, patientPoint(20, 20, 20), { diameterMm: 0 }).ok).toBe(false);
  });
  it('the liver reference is the 30 mm sphere with CV ≤ 0.30', () => {
    expect(REFERENCE_SPHERE_DIAMETER_MM.liver).toBe(30);
    const r = measureLiverReference(vol, patientPoint(20, 20, 20));
    // 123 voxels (i²+j²+k² ≤ 9): 122 of 1 and one of 3.
    expect(r.ok && r.value).toMatchObject({ voxelCount: 123, mean: expect.closeTo(125 / 123, 6), max: 3, diameterMm: 30 });
  });
  it('on the PSMA whole-body phantom: a 20 mm sphere in the spleen (SUV 7 throughout) holds 20 voxel centres', () => {
    // Centre (90, 40, −300) is between grid points: offsets ±3, ±9 mm in x and z, −13, −7, −1, 5, 11 mm in y;
    // dx² + dy² + dz² ≤ 100 for 4 × 3 (|dx| = |dz| = 3) + 8 × 1 (one of them 9, dy = −1) = 20 points.
    const ph = wholeBodyPetPhantom('PSMA');
    const r = measureSphereReference(makeVolume(ph.geometry, ph.data, 'SUVbw'), patientPoint(90, 40, -300), { diameterMm: REFERENCE_SPHERE_DIAMETER_MM.spleen, maxCv: 0.3 });
    expect(r.ok && r.value).toEqual({ mean: expect.closeTo(7, 5), sd: expect.closeTo(0, 5), max: expect.closeTo(7, 5), voxelCount: 20, cv: expect.closeTo(0, 5), diameterMm: 20 });
  });
});
