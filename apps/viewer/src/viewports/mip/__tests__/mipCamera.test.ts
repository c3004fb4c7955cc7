import { describe, expect, it } from 'vitest';
import { mipAngleOf, mipViewAt, mipViewName } from '../mipCamera';
import { mipSampling } from '../mipSampling';

describe('rotating MIP camera', () => {
  it('0° is Cornerstone\'s coronal (anterior) view, 90° looks from the patient\'s left', () => {
    expect(mipViewAt(0)).toEqual({ viewPlaneNormal: [0, -1, 0], viewUp: [0, 0, 1] });
    const l = mipViewAt(90).viewPlaneNormal;
    expect(l[0]).toBeCloseTo(1, 12);
    expect(l[1]).toBe(0);
  });
  it('angle of a normal round-trips and names the view', () => {
    for (const a of [0, 30, 90, 180, 270, 359]) expect(mipAngleOf(mipViewAt(a).viewPlaneNormal)).toBeCloseTo(a, 6);
    expect(mipAngleOf([0, 0, 1])).toBeUndefined();
    expect(mipViewName(0)).toBe('anterior');
    expect(mipViewName(92)).toBe('left lateral');
    expect(mipViewName(-90)).toBe('right lateral');
  });
});

describe('mipSampling', () => {
  it('covers the diagonal of a whole-body PET at half the finest spacing', () => {
    // 200×200×600 at 4×4×3 mm: diagonal √(800² + 800² + 1800²) = 2126.0 mm, step 1.5 mm.
    const s = mipSampling([200, 200, 600], [4, 4, 3]);
    expect(s.sampleDistance).toBe(1.5);
    expect(s.maxSamples * s.sampleDistance).toBeGreaterThanOrEqual(Math.hypot(800, 800, 1800));
    expect(s.maxSamples).toBe(Math.ceil(Math.hypot(800, 800, 1800) / 1.5) + 2);
  });
});
