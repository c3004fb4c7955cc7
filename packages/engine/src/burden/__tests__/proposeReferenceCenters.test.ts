import { describe, expect, it } from 'vitest';
import type { PatientPoint } from '@caliper/core';
import { makeGeometry, makeVolume } from '../../testing/fixtures';
import { phantomTissueAt, wholeBodyCtPhantom, wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import type { WholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import { measureBloodPool } from '../measureBloodPool';
import { measureSphereReference } from '../measureSphereReference';
import { proposeReferenceCenters } from '../proposeReferenceCenters';

/** Tissues at the PET voxel centres of a sphere (or the PERCIST cylinder) around c. */
function tissuesIn(ph: WholeBodyPetPhantom, c: PatientPoint, shape: { r: number } | 'cylinder'): Set<string | null> {
  const out = new Set<string | null>();
  const [ni, nj, nk] = ph.geometry.dimensions;
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++) {
        const x = -159 + 6 * i, y = -117 + 6 * j, z = -597 + 6 * k;
        const dx = x - c[0], dy = y - c[1], dz = z - c[2];
        const inside = shape === 'cylinder' ? dx * dx + dy * dy <= 25 && Math.abs(dz) <= 10 : dx * dx + dy * dy + dz * dz <= shape.r ** 2;
        if (inside) out.add(phantomTissueAt(ph, x, y, z));
      }
  return out;
}

const vol = (ph: WholeBodyPetPhantom) => makeVolume(ph.geometry, ph.data, 'SUVbw');
const ctOf = (ph: WholeBodyPetPhantom, hu: Record<string, number> = {}, voxelMm = 12) => {
  const c = wholeBodyCtPhantom(ph, { hu, voxelMm });
  return makeVolume(c.geometry, c.data, 'HU', 'CT');
};
const sphereMean = (ph: WholeBodyPetPhantom, c: PatientPoint | null, d: number) => {
  const r = c && measureSphereReference(vol(ph), c, { diameterMm: d });
  return r && r.ok ? r.value.mean : null;
};

describe('proposeReferenceCenters on the whole-body phantoms (no blur, no noise: every voxel known)', () => {
  it('FDG: liver, aorta and muscle found, each region entirely in its true tissue with its true mean; no spleen, no parotids (not in the phantom)', () => {
    const ph = wholeBodyPetPhantom('FDG');
    const p = proposeReferenceCenters(vol(ph));
    expect(p.backgroundSuv).toBeCloseTo(0.8, 5);
    expect(tissuesIn(ph, p.liver.centerMm!, { r: 15 })).toEqual(new Set(['liver']));
    // The checkerboard 1.5/1.7: the 30 mm sphere's mean is 1.6 within the parity imbalance of its voxels.
    expect(sphereMean(ph, p.liver.centerMm, 30)).toBeCloseTo(1.6, 1);
    expect(tissuesIn(ph, p.bloodPool.centerMm!, 'cylinder')).toEqual(new Set(['aorta']));
    expect(measureBloodPool(vol(ph), p.bloodPool.centerMm!)?.mean).toBeCloseTo(1.3, 5);
    expect(tissuesIn(ph, p.muscle.centerMm!, { r: 10 })).toEqual(new Set(['body']));
    expect(sphereMean(ph, p.muscle.centerMm, 20)).toBeCloseTo(0.8, 5);
    expect(p.spleen.centerMm).toBeNull();
    expect(p.parotid).toEqual({ centerMm: null, reason: expect.stringMatching(/^no mirrored pair of uptake regions/) });
    expect(p.liver.reason).toMatch(/^right liver lobe: the deepest point .* 30 mm sphere at .*CV 0\.0\d\d$/);
    expect(p.bloodPool.reason).toMatch(/PET only: check it is the aorta/);
  });
  it('PSMA: all five found (parotid 12, spleen 7, liver 4.8/5.2, aorta 1.3, muscle 0.8)', () => {
    const ph = wholeBodyPetPhantom('PSMA');
    const p = proposeReferenceCenters(vol(ph), { psma: true });
    expect(tissuesIn(ph, p.liver.centerMm!, { r: 15 })).toEqual(new Set(['liver']));
    expect(sphereMean(ph, p.liver.centerMm, 30)).toBeCloseTo(5, 1);
    expect(tissuesIn(ph, p.bloodPool.centerMm!, 'cylinder')).toEqual(new Set(['aorta']));
    expect(tissuesIn(ph, p.parotid.centerMm!, { r: 7.5 })).toEqual(new Set(['right parotid']));
    expect(sphereMean(ph, p.parotid.centerMm, 15)).toBeCloseTo(12, 5);
    expect(tissuesIn(ph, p.spleen.centerMm!, { r: 10 })).toEqual(new Set(['spleen']));
    expect(sphereMean(ph, p.spleen.centerMm, 20)).toBeCloseTo(7, 5);
    expect(tissuesIn(ph, p.muscle.centerMm!, { r: 10 })).toEqual(new Set(['body']));
  });
  it('with a CT on another grid (12 mm voxels): the same regions, CT-checked; a 3 mm CT that says the aorta is bone vetoes it', () => {
    const ph = wholeBodyPetPhantom('PSMA');
    const p = proposeReferenceCenters(vol(ph), { psma: true, ct: ctOf(ph) });
    expect(tissuesIn(ph, p.liver.centerMm!, { r: 15 })).toEqual(new Set(['liver']));
    expect(p.liver.reason).toMatch(/−10…160 HU|-10…160 HU/);
    expect(tissuesIn(ph, p.bloodPool.centerMm!, 'cylinder')).toEqual(new Set(['aorta']));
    expect(p.bloodPool.reason).not.toMatch(/PET only/);
    expect(tissuesIn(ph, p.muscle.centerMm!, { r: 10 })).toEqual(new Set(['body']));
    const bone = proposeReferenceCenters(vol(ph), { psma: true, ct: ctOf(ph, { aorta: 700 }, 3) });
    expect(bone.bloodPool).toEqual({ centerMm: null, reason: expect.stringMatching(/^no blood-like region .* holds a 1 cm wide, 2 cm tall cylinder/) });
  });
  it('refuses what it cannot read: a PET not in SUVbw, an empty image', () => {
    const ph = wholeBodyPetPhantom('FDG');
    expect(proposeReferenceCenters(makeVolume(ph.geometry, ph.data, 'Bq/mL')).liver).toEqual({ centerMm: null, reason: 'the PET is in Bq/mL, not SUVbw' });
    const empty = proposeReferenceCenters(makeVolume(makeGeometry([8, 8, 8], [6, 6, 6]), new Float32Array(512), 'SUVbw'));
    expect(empty).toMatchObject({ backgroundSuv: null, muscle: { centerMm: null, reason: 'no body in the image (no value of 0.2–3 SUVbw)' } });
  });
});
