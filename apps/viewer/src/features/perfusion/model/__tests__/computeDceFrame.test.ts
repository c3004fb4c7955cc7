import { describe, expect, it } from 'vitest';
import { computeDceFrame } from '../computeDceFrame';

const phases = [Uint16Array.from([10, 20]), Uint16Array.from([12, 20]), Uint16Array.from([30, 25]), Uint16Array.from([20, 40])];

describe('computeDceFrame', () => {
  it('phase, phase − mean baseline, MIP over time', () => {
    const out = new Float32Array(2);
    expect(Array.from(computeDceFrame(phases, 'phase', 2, 2, out))).toEqual([30, 25]);
    expect(Array.from(computeDceFrame(phases, 'subtraction', 2, 2, out))).toEqual([19, 5]);
    expect(Array.from(computeDceFrame(phases, 'subtraction', 3, 1, out))).toEqual([10, 20]);
    expect(Array.from(computeDceFrame(phases, 'mip', 0, 1, out))).toEqual([30, 40]);
  });

  it('DSC (invert): mean baseline − phase, and the minimum over time', () => {
    const out = new Float32Array(2);
    // baseline (10+12)/2 = 11, (20+20)/2 = 20; phase 3 = (20, 40): 11 − 20 = −9, 20 − 40 = −20.
    expect(Array.from(computeDceFrame(phases, 'subtraction', 3, 2, out, true))).toEqual([-9, -20]);
    expect(Array.from(computeDceFrame(phases, 'mip', 0, 1, out, true))).toEqual([10, 20]);
  });

  it('clamps the phase and a baseline count of 0 to one phase', () => {
    const out = new Float32Array(2);
    expect(Array.from(computeDceFrame(phases, 'phase', 9, 1, out))).toEqual([20, 40]);
    expect(Array.from(computeDceFrame(phases, 'subtraction', 0, 0, out))).toEqual([0, 0]);
  });
});
