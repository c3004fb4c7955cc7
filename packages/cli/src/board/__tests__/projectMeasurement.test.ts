import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { projectMeasurement } from '../projectMeasurement';
import { fovMmOf } from '../buildKeyImages';
import { CT_WINDOW, windowForModality } from '../windowForModality';

/** 100×100×10 axial grid, 2 mm pixels, 5 mm slices, origin (−50, −50, 0). */
const grid: Geometry = {
  dimensions: [100, 100, 10], origin: patientPoint(-50, -50, 0),
  rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [2, 2, 5],
};

describe('projectMeasurement', () => {
  it('RECIST axes → slice k and pixel indices; centre at the long axis midpoint', () => {
    const p = projectMeasurement({ kind: 'recist', longAxis: [[0, 0, 20], [30, 0, 20]], shortAxis: [[15, -10, 20], [15, 10, 20]] }, grid);
    expect(p).toEqual({
      k: 4, centre: [32.5, 25], longMm: 30,
      lines: [{ axis: 'long', from: [25, 25], to: [40, 25] }, { axis: 'short', from: [32.5, 20], to: [32.5, 30] }],
    });
  });
  it('a length; points within half a slice of the plane', () => {
    const p = projectMeasurement({ kind: 'line', points: [[0, 0, 39], [12, 0, 41]] }, grid);
    expect(typeof p === 'object' && p.k).toBe(8);
  });
  it('names why it cannot be placed', () => {
    expect(projectMeasurement({ kind: 'none' }, grid)).toMatch(/no line measurement/);
    expect(projectMeasurement({ kind: 'line', points: [[0, 0, 10], [0, 0, 30]] }, grid)).toMatch(/not in one image plane/);
    expect(projectMeasurement({ kind: 'line', points: [[0, 0, 100], [10, 0, 100]] }, grid)).toMatch(/outside the series/);
  });
});

describe('view settings', () => {
  it('FOV 3× the long axis within 60–250 mm', () => {
    expect(fovMmOf(10)).toBe(60);
    expect(fovMmOf(40)).toBe(120);
    expect(fovMmOf(100)).toBe(250);
  });
  it('CT preset W400/L40; MR auto; PET not supported', () => {
    expect(windowForModality('CT', [])).toEqual(CT_WINDOW);
    expect(CT_WINDOW.high - CT_WINDOW.low).toBe(400);
    expect((CT_WINDOW.high + CT_WINDOW.low) / 2).toBe(40);
    expect(windowForModality('MR', Array.from({ length: 100 }, (_, i) => i + 1))).toEqual({ low: 1, high: 99 });
    expect(windowForModality('PT', [1])).toMatch(/not supported/);
  });
});
