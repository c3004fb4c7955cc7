import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatientPoint, Volume } from '@caliper/core';
import { measureBloodPool, measureSphereReference, proposeReferenceCenters } from '@caliper/engine';
import { buildPatientModel, demoConfig, generateStudy } from '@caliper/phantoms';
import { TISSUES } from '@caliper/phantoms/model/tissue';
import { loadPetSeries } from '../src/burden/loadPetSeries';
import { loadVolume } from '../src/roi/loadVolume';

/**
 * proposeReferenceCenters on the demo PET/CT (packages/phantoms, `pnpm run demo`: 128 × 128 × 94 PET
 * of 4 mm with a 6 mm PSF and 5 % noise; 512 × 512 × 150 CT): the baseline is generated here with the
 * demo's seed and grids (uncompressed, same pixel values) and read as `caliper burden` reads it.
 * Truth: the patient model (each point's tissue = the last structure containing it) and the tissues'
 * SUV (liver 2.0, aorta blood pool 1.6, spleen 1.8, soft tissue 0.8).
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-refs-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let pet: Volume, ct: Volume;
beforeAll(async () => {
  generateStudy({ ...demoConfig(), transferSyntax: 'explicit', timepoints: 1 }, 0, (rel, bytes) => {
    if (!/\/(pet|ct)\//.test(rel)) return;
    const f = path.join(tmp, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, bytes);
  });
  const p = await loadPetSeries([path.join(tmp, 'baseline/pet')], {});
  const c = await loadVolume([path.join(tmp, 'baseline/ct')]);
  if (!p.ok || !c.ok) throw new Error('demo PET/CT not readable');
  pet = p.value.volume;
  ct = c.value.volume;
}, 120_000);

const structures = buildPatientModel(0).structures;
const tissueAt = (x: number, y: number, z: number) => structures.reduce<string | null>((t, s) => (s.shape.contains(x, y, z) ? s.name : t), null);

/** Tissues at the PET voxel centres of a sphere of radius r (or the PERCIST cylinder) around c. */
function tissuesIn(c: PatientPoint, shape: { r: number } | 'cylinder'): Set<string | null> {
  const g = pet.geometry, out = new Set<string | null>();
  const [ni, nj, nk] = g.dimensions;
  for (let k = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++) {
        const x = g.origin[0] + i * g.spacing[0], y = g.origin[1] + j * g.spacing[1], z = g.origin[2] + k * g.spacing[2];
        const dx = x - c[0], dy = y - c[1], dz = z - c[2];
        if (shape === 'cylinder' ? dx * dx + dy * dy <= 25 && Math.abs(dz) <= 10 : dx * dx + dy * dy + dz * dz <= shape.r ** 2) out.add(tissueAt(x, y, z));
      }
  return out;
}
const sphereMean = (c: PatientPoint, d: number) => {
  const r = measureSphereReference(pet, c, { diameterMm: d });
  return r.ok ? r.value.mean : Number.NaN;
};

describe('proposeReferenceCenters on the demo PET/CT', () => {
  it('the grid is axial and in patient-aligned directions (the tissue lookup above relies on it)', () => {
    expect([pet.geometry.rowDirection, pet.geometry.columnDirection]).toEqual([[1, 0, 0], [0, 1, 0]]);
  });
  it('with the CT: liver, aorta, spleen and muscle regions lie entirely in their organs, means within 0.05 SUVbw of the truth; no parotids (the head is outside the field of view)', () => {
    const p = proposeReferenceCenters(pet, { ct });
    expect(tissuesIn(p.liver.centerMm!, { r: 15 })).toEqual(new Set(['liver']));
    expect(Math.abs(sphereMean(p.liver.centerMm!, 30) - TISSUES.liver.suv)).toBeLessThan(0.05);
    expect(tissuesIn(p.bloodPool.centerMm!, 'cylinder')).toEqual(new Set(['aorta']));
    expect(Math.abs(measureBloodPool(pet, p.bloodPool.centerMm!)!.mean - TISSUES.bloodPool.suv)).toBeLessThan(0.05);
    expect(tissuesIn(p.spleen.centerMm!, { r: 10 })).toEqual(new Set(['spleen']));
    expect(Math.abs(sphereMean(p.spleen.centerMm!, 20) - TISSUES.spleen.suv)).toBeLessThan(0.05);
    expect(tissuesIn(p.muscle.centerMm!, { r: 10 })).toEqual(new Set(['soft tissue']));
    expect(Math.abs(sphereMean(p.muscle.centerMm!, 20) - TISSUES.softTissue.suv)).toBeLessThan(0.05);
    expect(p.parotid).toEqual({ centerMm: null, reason: expect.stringMatching(/the head may be outside the field of view$/) });
  });
  it('PET only: the same liver, spleen and muscle; the blood-pool proposal asks the reader to check it is the aorta', () => {
    const p = proposeReferenceCenters(pet);
    expect(tissuesIn(p.liver.centerMm!, { r: 15 })).toEqual(new Set(['liver']));
    expect(tissuesIn(p.spleen.centerMm!, { r: 10 })).toEqual(new Set(['spleen']));
    expect(tissuesIn(p.muscle.centerMm!, { r: 10 })).toEqual(new Set(['soft tissue']));
    expect(p.bloodPool.reason).toMatch(/PET only: check it is the aorta and not the spine/);
  });
});
