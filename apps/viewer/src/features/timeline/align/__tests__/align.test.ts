import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { axisRotation, IDENTITY, rigidTransformProblem, toCurrent, toMat4, toPrior, translation } from '../rigidTransform';
import { correctWithLandmark } from '../correctWithLandmark';
import { initialAlignment } from '../initialAlignment';
import { seriesCentre } from '../seriesCentre';
import { mapSlice } from '../mapSlice';
import { nearestSlice } from '../nearestSlice';
import { getAlignment, setAlignmentProvider } from '../getAlignment';
import { currentPoint, priorPoint, type SeriesGeometry } from '../types';

/** Axial stack: `n` slices from z0 every dz mm, 10×10 pixels of 1 mm, first voxel at (x0, y0). */
function axial(uid: string, n: number, z0: number, dz: number, opts: { x0?: number; y0?: number; for?: string } = {}): SeriesGeometry {
  return {
    seriesInstanceUID: uid,
    frameOfReferenceUID: opts.for,
    rowDirection: [1, 0, 0],
    columnDirection: [0, 1, 0],
    normal: [0, 0, 1],
    pixelSpacing: [1, 1],
    rows: 10,
    columns: 10,
    positions: Array.from({ length: n }, (_, k) => patientPoint(opts.x0 ?? 0, opts.y0 ?? 0, z0 + k * dz)),
  };
}

describe('rigid transforms (current LPS → prior LPS)', () => {
  it('maps points there and back', () => {
    const t = { rotation: axisRotation(2, 90), translationMm: [10, 20, 30] as const };
    const p = toPrior(t, currentPoint([1, 0, 0]));
    expect([...p].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([10, 21, 30]); // R(90° about S) x̂ = ŷ, then + t
    const back = toCurrent(t, p);
    [1, 0, 0].forEach((v, a) => expect(back[a]).toBeCloseTo(v, 9));
  });
  it('validates rotations', () => {
    expect(rigidTransformProblem(IDENTITY)).toBeUndefined();
    expect(rigidTransformProblem({ rotation: axisRotation(0, 33), translationMm: [0, 0, 0] })).toBeUndefined();
    expect(rigidTransformProblem({ rotation: [2, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 0] })).toMatch(/orthonormal/);
    expect(rigidTransformProblem({ rotation: [-1, 0, 0, 0, 1, 0, 0, 0, 1], translationMm: [0, 0, 0] })).toMatch(/reflection/);
    expect(rigidTransformProblem({ rotation: [1, 0, 0], translationMm: [0, 0, 0] })).toMatch(/9 finite/);
    expect(rigidTransformProblem({ rotation: [...IDENTITY.rotation], translationMm: [0, NaN, 0] })).toMatch(/translationMm/);
  });
  it('writes a column-major 4×4', () => {
    expect(toMat4(translation([1, 2, 3]))).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 2, 3, 1]);
  });
});

describe('one-landmark correction', () => {
  it('sets the translation so the current landmark lands on the prior one (rotation kept)', () => {
    const t = { rotation: axisRotation(2, 90), translationMm: [0, 0, 0] as const };
    const fixed = correctWithLandmark(t, priorPoint([5, 5, 5]), currentPoint([1, 0, 0]));
    // R (1,0,0) = (0,1,0); t = (5,5,5) − (0,1,0)
    fixed.translationMm.forEach((v, a) => expect(v).toBeCloseTo([5, 4, 5][a], 9));
    expect(fixed.rotation).toEqual(t.rotation);
    const landed = toPrior(fixed, currentPoint([1, 0, 0]));
    [5, 5, 5].forEach((v, a) => expect(landed[a]).toBeCloseTo(v, 9));
  });
  it('with identity rotation is the landmark difference', () => {
    expect(correctWithLandmark(IDENTITY, priorPoint([12, -3, 40]), currentPoint([10, 0, 30])).translationMm).toEqual([2, -3, 10]);
  });
});

describe('initial alignment', () => {
  it('is the identity in a shared frame of reference', () => {
    const a = initialAlignment(axial('p', 5, 0, 5, { for: 'F1' }), axial('c', 5, 100, 5, { for: 'F1' }));
    expect(a).toEqual({ transform: IDENTITY, method: 'same-frame' });
  });
  it('superimposes the series centres across frames', () => {
    // prior centre (4.5, 4.5, 10); current centre (104.5, 4.5, 210)
    const p = axial('p', 5, 0, 5, { for: 'F1' });
    const c = axial('c', 5, 200, 5, { for: 'F2', x0: 100 });
    expect([...seriesCentre(p)]).toEqual([4.5, 4.5, 10]);
    const a = initialAlignment(p, c);
    expect(a.method).toBe('series-centre');
    expect(a.transform.translationMm).toEqual([-100, 0, -200]);
  });
});

describe('getAlignment hook', () => {
  it('uses the provider only across frames, and falls back when it fails', async () => {
    const p = axial('p', 5, 0, 5, { for: 'F1' });
    let calls = 0;
    setAlignmentProvider(async () => {
      calls++;
      return { transform: translation([1, 2, 3]), method: 'registration' };
    });
    expect((await getAlignment(p, axial('c', 5, 0, 5, { for: 'F1' }))).method).toBe('same-frame');
    expect(calls).toBe(0);
    expect(await getAlignment(p, axial('c', 5, 0, 5, { for: 'F2' }))).toEqual({ transform: translation([1, 2, 3]), method: 'registration' });
    setAlignmentProvider(async () => {
      throw new Error('worker gone');
    });
    const r = await getAlignment(p, axial('c', 5, 0, 5, { for: 'F2' }));
    expect(r.method).toBe('series-centre');
    expect(r.warning).toMatch(/worker gone/);
    setAlignmentProvider(undefined);
  });
});

describe('slice mapping', () => {
  it('finds the nearest plane along the normal, ignoring in-plane offsets', () => {
    const pos = [0, 5, 10, 15].map((z) => patientPoint(300, -300, z));
    expect(nearestSlice(pos, [0, 0, 1], patientPoint(0, 0, 11))).toEqual({ index: 2, distanceMm: 1 });
    expect(nearestSlice([], [0, 0, 1], patientPoint(0, 0, 0)).index).toBe(-1);
  });
  it('maps through the transform both ways, across slice thicknesses', () => {
    const g = { prior: axial('p', 20, 0, 5), current: axial('c', 40, 0, 2.5) };
    const shift = translation([0, 0, 10]); // current z + 10 = prior z
    expect(mapSlice('current', 8, g, shift)).toEqual({ index: 6, distanceMm: 0 }); // z 20 → prior z 30
    expect(mapSlice('prior', 6, g, shift)).toEqual({ index: 8, distanceMm: 0 }); // prior z 30 → current z 20
    expect(mapSlice('current', 9, g, shift).distanceMm).toBeCloseTo(2.5); // z 22.5 → 32.5, between prior slices
  });
});
