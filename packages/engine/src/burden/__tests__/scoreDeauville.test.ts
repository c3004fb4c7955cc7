import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { makeVolume } from '../../testing/fixtures';
import { wholeBodyPetPhantom } from '../../testing/wholeBodyPetPhantom';
import { formatSuvPair } from '../formatSuvPair';
import { measureBloodPool } from '../measureBloodPool';
import { measureLiverReference } from '../measureLiverReference';
import { scoreDeauville } from '../scoreDeauville';

const refs = { bloodPool: { mean: 1.5 }, liver: { mean: 2.0, max: 2.6 } };
const score = (x: number, r: Parameters<typeof scoreDeauville>[1] = refs, o = {}) => scoreDeauville(x, r, o).score;

describe('scoreDeauville: lesion SUVmax vs blood-pool and liver SUVmean, 5 at ≥ 2 × liver SUVmax', () => {
  it('each boundary, inclusive as stated (blood 1.5, liver mean 2.0, liver max 2.6 → 5 from 5.2)', () => {
    expect([1.2, 1.5, 1.51, 2.0, 2.01, 5.19, 5.2, 9].map((x) => score(x))).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
    expect(score(5.2, refs, { markedFactor: 3 })).toBe(4);
  });
  it('the reason names the numbers compared; the rule names the convention', () => {
    expect(scoreDeauville(1.2, refs).reason).toBe('lesion SUVmax 1.20 ≤ blood-pool SUVmean 1.50');
    expect(scoreDeauville(1.8, refs).reason).toBe('lesion SUVmax 1.80 > blood-pool SUVmean 1.50 and ≤ liver SUVmean 2.00');
    expect(scoreDeauville(3, refs).reason).toBe('lesion SUVmax 3.00 > liver SUVmean 2.00 and 3.00 < 2 × liver SUVmax 2.60 = 5.20');
    expect(scoreDeauville(6, refs)).toEqual({ score: 5, reason: 'lesion SUVmax 6.00 ≥ 2 × liver SUVmax 2.60 = 5.20', rule: expect.stringMatching(/Barrington 2014.*5 when ≥ 2 × liver SUVmax/), missing: [] });
  });
  it('a missing reference is named, never guessed; only the references the decision needs are required', () => {
    expect(scoreDeauville(1.8, { bloodPool: null, liver: refs.liver })).toMatchObject({ score: null, missing: ['mediastinal blood pool'] });
    expect(score(3, { bloodPool: null, liver: refs.liver })).toBe(4);
    expect(scoreDeauville(3, { bloodPool: refs.bloodPool, liver: null })).toMatchObject({ score: null, missing: ['liver'], reason: 'no score: the liver reference (3 cm sphere) is missing' });
    expect(scoreDeauville(3, { bloodPool: refs.bloodPool, liver: { mean: 2 } })).toMatchObject({ score: null, missing: ['liver SUVmax'] });
    expect(scoreDeauville(Number.NaN, refs)).toMatchObject({ score: null, missing: ['lesion SUVmax'] });
  });
  it('blood pool at or above the liver: compared with the liver alone (< liver 2, = liver 3)', () => {
    const high = { bloodPool: { mean: 2.2 }, liver: { mean: 2.0, max: 2.6 } };
    expect([1.9, 2.0].map((x) => score(x, high))).toEqual([2, 3]);
  });
  it('formatSuvPair adds decimals until the two numbers differ', () => {
    expect(formatSuvPair(2.004, 2.001)).toEqual(['2.004', '2.001']);
    expect(formatSuvPair(2, 2)).toEqual(['2.00', '2.00']);
  });
  it('on the FDG whole-body phantom (liver 1.5/1.7, aorta 1.3): L2 (5.0) and L3 (3.5) are 5, L4 (2.8) is 4, a 1.4 focus is 3', () => {
    const ph = wholeBodyPetPhantom('FDG');
    const vol = makeVolume(ph.geometry, ph.data, 'SUVbw');
    const liver = measureLiverReference(vol, patientPoint(...ph.liverCenterMm));
    const blood = measureBloodPool(vol, patientPoint(...ph.bloodCenterMm));
    expect(liver.ok && liver.value.max).toBeCloseTo(1.7, 5);
    expect(blood?.mean).toBeCloseTo(1.3, 5);
    const r = { bloodPool: blood, liver: liver.ok ? liver.value : null };
    expect([5, 3.5, 2.8, 1.4, 1.2].map((x) => score(x, r))).toEqual([5, 5, 4, 3, 2]);
  });
});
