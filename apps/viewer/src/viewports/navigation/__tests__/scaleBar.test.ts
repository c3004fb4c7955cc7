import { describe, expect, it } from 'vitest';
import { chooseScaleBar } from '../scaleBar';

describe('chooseScaleBar', () => {
  it('picks the longest 1/2/5 × 10ⁿ mm bar that fits', () => {
    // 0.78 mm/px, 120 px → 93.6 mm → 50 mm = 64.1 px.
    const b = chooseScaleBar(0.78, { maxPx: 120 })!;
    expect(b.lengthMm).toBe(50);
    expect(b.lengthPx).toBeCloseTo(64.103, 3);
    expect(b.label).toBe('50 mm');
  });
  it('uses 2 × 10ⁿ and 1 × 10ⁿ steps', () => {
    expect(chooseScaleBar(0.2, { maxPx: 150 })!.lengthMm).toBe(20); // 30 mm fits → 20
    expect(chooseScaleBar(1, { maxPx: 150 })!.lengthMm).toBe(100); // 150 mm → 100
    expect(chooseScaleBar(0.01, { maxPx: 150 })!.lengthMm).toBe(1); // 1.5 mm → 1
  });
  it('an exact fit is allowed', () => {
    expect(chooseScaleBar(0.5, { maxPx: 100 })!.lengthMm).toBe(50);
  });
  it('labels 100 mm and over in cm, sub-mm lengths without float noise', () => {
    expect(chooseScaleBar(2, { maxPx: 150 })!.label).toBe('20 cm');
    expect(chooseScaleBar(0.003, { maxPx: 100 })!.label).toBe('0.2 mm');
  });
  it('no bar for a scale that is not positive or a bar below the minimum length', () => {
    expect(chooseScaleBar(0, { maxPx: 100 })).toBeUndefined();
    expect(chooseScaleBar(Number.NaN, { maxPx: 100 })).toBeUndefined();
    // 0.9 × 5 mm max → 2 mm = 22 px < 24 px
    expect(chooseScaleBar(0.09, { maxPx: 49 })).toBeUndefined();
  });
});
