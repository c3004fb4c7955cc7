import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeVolume } from '../../testing/fixtures';
import { wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import { measureBloodPool } from '../measureBloodPool';
import { measureSphereReference } from '../measureSphereReference';
import { scoreMiPsma } from '../scoreMiPsma';

const refs = { bloodPool: { mean: 1.5 }, liver: { mean: 5 }, parotid: { mean: 12 }, spleen: { mean: 8 } };

describe('scoreMiPsma: PROMISE miPSMA 0–3 from lesion SUVmax vs blood pool, liver (spleen for PSMA-1007), parotid SUVmean', () => {
  it('each boundary, "at or above" inclusive (blood 1.5, liver 5, parotid 12)', () => {
    expect([1.49, 1.5, 4.99, 5, 11.99, 12, 30].map((x) => scoreMiPsma(x, refs).score)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
  it('PSMA-1007: the spleen (8) replaces the liver (5)', () => {
    expect([4.99, 5, 7.99, 8].map((x) => scoreMiPsma(x, refs, { tracer: 'PSMA-1007' }).score)).toEqual([1, 1, 1, 2]);
    expect(scoreMiPsma(6, refs, { tracer: 'PSMA-1007' }).rule).toMatch(/spleen instead of liver/);
  });
  it('the reason names the numbers compared', () => {
    expect(scoreMiPsma(1, refs).reason).toBe('lesion SUVmax 1.00 < blood-pool SUVmean 1.50');
    expect(scoreMiPsma(3, refs).reason).toBe('lesion SUVmax 3.00 ≥ blood-pool SUVmean 1.50 and 3.00 < liver SUVmean 5.00');
    expect(scoreMiPsma(7, refs).reason).toBe('lesion SUVmax 7.00 ≥ liver SUVmean 5.00 and 7.00 < parotid SUVmean 12.00');
    expect(scoreMiPsma(12.004, { ...refs, parotid: { mean: 12.001 } }).reason).toBe('lesion SUVmax 12.004 ≥ parotid SUVmean 12.001');
  });
  it('missing references are named; only those the decision needs are required', () => {
    expect(scoreMiPsma(7, { ...refs, parotid: null })).toMatchObject({ score: null, missing: ['parotid'] });
    expect(scoreMiPsma(3, { ...refs, parotid: null }).score).toBe(1);
    expect(scoreMiPsma(3, { ...refs, bloodPool: null })).toMatchObject({ score: null, missing: ['blood pool'] });
    expect(scoreMiPsma(3, { ...refs, liver: null })).toMatchObject({ score: null, missing: ['liver'], reason: 'no score: the liver reference is missing' });
    expect(scoreMiPsma(3, { ...refs, spleen: null }, { tracer: 'PSMA-1007' })).toMatchObject({ score: null, missing: ['spleen'] });
  });
  it('on the PSMA whole-body phantom (aorta 1.3, liver 4.8/5.2, parotid 12, spleen 7): L1 (10) 2, L4 (2.8) 1, a 1.0 focus 0; the liver sphere (64 voxels, 32 of each) has mean 5', () => {
    const ph = wholeBodyPetPhantom('PSMA');
    const vol = makeVolume(ph.geometry, ph.data, 'SUVbw');
    const sphere = (c: [number, number, number], d: number) => {
      const r = measureSphereReference(vol, patientPoint(...c), { diameterMm: d });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const r = { bloodPool: measureBloodPool(vol, patientPoint(...ph.bloodCenterMm)), liver: sphere([-70, 0, -300], 30), parotid: sphere([-55, 10, -140], 15), spleen: sphere([90, 40, -300], 20) };
    expect(r.parotid.mean).toBeCloseTo(12, 5);
    expect([10, 2.8, 1.0, 12.5].map((x) => scoreMiPsma(x, r).score)).toEqual([2, 1, 0, 3]);
    expect(r.liver).toMatchObject({ voxelCount: 64, mean: expect.closeTo(5, 5) });
    expect([4.9, 5.1].map((x) => scoreMiPsma(x, r).score)).toEqual([1, 2]);
    expect([6, 7].map((x) => scoreMiPsma(x, r, { tracer: 'PSMA-1007' }).score)).toEqual([1, 2]);
  });
});
