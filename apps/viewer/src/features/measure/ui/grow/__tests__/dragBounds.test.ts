import { describe, expect, it } from 'vitest';
import { DRAG_PX_PER_DOUBLING, dragBounds } from '../dragBounds';
import { formatBounds } from '../formatBounds';

describe('dragBounds', () => {
  const ct = { lower: 70, upper: 90 };
  it('no drag → the default window itself', () => {
    expect(dragBounds(ct, 0)).toBe(ct);
  });
  it('two-sided (HU): right doubles, left halves the half-width about the same centre', () => {
    expect(dragBounds(ct, DRAG_PX_PER_DOUBLING)).toEqual({ lower: 60, upper: 100 });
    expect(dragBounds(ct, -DRAG_PX_PER_DOUBLING)).toEqual({ lower: 75, upper: 85 });
    expect(dragBounds(ct, 2 * DRAG_PX_PER_DOUBLING)).toEqual({ lower: 40, upper: 120 });
  });
  it('is monotonic: the window only grows with dx and returns to the default at dx = 0', () => {
    let prev = dragBounds(ct, -300);
    for (let dx = -290; dx <= 300; dx += 10) {
      const b = dragBounds(ct, dx);
      expect(b.lower).toBeLessThan(prev.lower);
      expect(b.upper).toBeGreaterThan(prev.upper);
      prev = b;
    }
    const back = dragBounds(ct, 0);
    expect(back).toEqual(ct);
  });
  it('lower-only (PET SUV): lower ÷ 2^(dx/100), upper stays +∞', () => {
    const pet = { lower: 4.1, upper: Infinity };
    expect(dragBounds(pet, 100)).toEqual({ lower: 2.05, upper: Infinity });
    expect(dragBounds(pet, -100)).toEqual({ lower: 8.2, upper: Infinity });
  });
  it('ADC (two-sided, 10⁻³ mm²/s) behaves like CT', () => {
    const b = dragBounds({ lower: 0.7, upper: 0.9 }, 100);
    expect(b.lower).toBeCloseTo(0.6, 12);
    expect(b.upper).toBeCloseTo(1.0, 12);
  });
});

describe('formatBounds', () => {
  it('gives the unit and the open side', () => {
    expect(formatBounds({ lower: 70, upper: 90 }, 'HU')).toBe('70.0 – 90.0 HU');
    expect(formatBounds({ lower: -850.4, upper: -120 }, 'HU')).toBe('-850 – -120 HU');
    expect(formatBounds({ lower: 2.8672, upper: Infinity }, 'SUVbw')).toBe('≥ 2.87 SUVbw');
    expect(formatBounds({ lower: 0.7, upper: 0.95 }, '10^-3 mm2/s')).toBe('0.70 – 0.95 ×10⁻³ mm²/s');
  });
});
