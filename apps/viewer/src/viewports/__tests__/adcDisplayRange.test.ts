import { describe, expect, it } from 'vitest';
import { adcDisplayRange } from '../adcDisplay';

describe('adcDisplayRange', () => {
  it('ADC 0–3 (10^-3 mm2/s) on a scanner map stored in µm²/s (scale 1e-3) is 0–3000 displayed', () => {
    const r = adcDisplayRange({ scale: 1e-3, offset: 0 });
    expect(r.lower).toBeCloseTo(0, 9);
    expect(r.upper).toBeCloseTo(3000, 9);
  });
  it("on Caliper's fitted map (already 10^-3 mm2/s) it is the range itself; offsets are undone", () => {
    expect(adcDisplayRange({ scale: 1, offset: 0 }, 0.5, 2)).toEqual({ lower: 0.5, upper: 2 });
    // RWVM intercept −0.1 in house units: displayed v maps to 1e-3·v − 0.1, so ADC 0 ↔ v = 100.
    const r = adcDisplayRange({ scale: 1e-3, offset: -0.1 });
    expect(r.lower).toBeCloseTo(100, 9);
    expect(r.upper).toBeCloseTo(3100, 9);
  });
});
