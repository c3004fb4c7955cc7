import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { mainValueOfShape } from '../mainValue';

const p = patientPoint;

describe('mainValueOfShape', () => {
  it('a RECIST pair gives its longer segment in mm (3-4-5 triangle: 5 mm)', () => {
    const v = mainValueOfShape({ kind: 'lines', segments: [[p(0, 0, 0), p(3, 4, 0)], [p(1, 1, 0), p(2, 1, 0)]] });
    expect(v).toEqual({ name: 'long axis', value: 5, unit: 'mm' });
  });
  it('an ellipse gives twice its longer semi-axis; a sphere its diameter', () => {
    expect(mainValueOfShape({ kind: 'ellipse', center: p(0, 0, 0), axisA: p(0, 7, 0), axisB: p(2, 0, 0), normal: [0, 0, 1] })).toEqual({ name: 'long diameter', value: 14, unit: 'mm' });
    expect(mainValueOfShape({ kind: 'sphere', center: p(0, 0, 0), radiusMm: 6 })).toEqual({ name: 'diameter', value: 12, unit: 'mm' });
  });
  it('a contour gives its area in mm² on any plane (a 10 × 20 mm rectangle tilted in y–z: 200 mm²)', () => {
    const v = mainValueOfShape({ kind: 'polygon', points: [p(0, 0, 0), p(0, 10, 0), p(0, 10, 20), p(0, 0, 20)], normal: [1, 0, 0] });
    expect(v?.unit).toBe('mm²');
    expect(v?.value).toBeCloseTo(200, 10);
  });
  it('a box gives its volume in mL (10 × 10 × 10 mm = 1 mL); a PET threshold ROI its sphere/box', () => {
    const box = { kind: 'box' as const, min: p(0, 0, 0), max: p(10, 10, 10) };
    expect(mainValueOfShape(box)).toEqual({ name: 'volume', value: 1, unit: 'mL' });
    expect(mainValueOfShape({ kind: 'petThreshold', within: box, mode: { kind: 'percentOfMax', percent: 41 } })).toEqual({ name: 'volume', value: 1, unit: 'mL' });
  });
});
