import { describe, expect, it } from 'vitest';
import { fitVascularLeak, prepareVascularLeakBasis } from '../fitVascularLeak';

// Gamma-variate arterial enhancement (HU) sampled every 1.5 s for 60 s; the tissue curves are built
// independently of the engine by a 1 ms midpoint rule on the AIF linear between phases.
const times = Array.from({ length: 41 }, (_, q) => 1.5 * q);
const gamma = (t: number) => (t <= 6 ? 0 : 300 * ((t - 6) / 4) ** 3 * Math.exp(-(t - 6) / 1.5));
const aif = times.map(gamma);
const aifAt = (t: number) => {
  const q = Math.min(times.length - 2, Math.floor(t / 1.5));
  return aif[q] + ((aif[q + 1] - aif[q]) * (t - times[q])) / 1.5;
};
/** v/τ ∫Ca e^(−(t−s)/τ) ds + b ∫Ca at each phase time (1 ms midpoint rule). */
function tissue(v: number, tauS: number, b: number): number[] {
  const h = 0.001;
  return times.map((t) => {
    let vasc = 0, leak = 0;
    for (let s = h / 2; s < t; s += h) {
      const c = aifAt(s);
      vasc += tauS > 0 ? (c * Math.exp(-(t - s) / tauS) * h) / tauS : 0;
      leak += c * h;
    }
    return (tauS > 0 ? vasc : v * aifAt(t)) * (tauS > 0 ? v : 1) + b * leak;
  });
}

describe('fitVascularLeak (vascular transit + irreversible leak)', () => {
  const basis = prepareVascularLeakBasis(aif, times);
  it('recovers the blood volume fraction and the leak of a leaky curve within 1 %, τ within 3 %', () => {
    for (const [v, tau, b] of [[0.05, 3.7, 0.002], [0.03, 6.2, 0], [0.08, 1.3, 0.004]] as const) {
      const f = fitVascularLeak(basis, tissue(v, tau, b))!;
      expect(Math.abs(f.vascularFraction / v - 1), `v ${v} τ ${tau} b ${b}: ${JSON.stringify(f)}`).toBeLessThan(0.01);
      if (b > 0) expect(Math.abs(f.leakPerS / b - 1)).toBeLessThan(0.01);
      else expect(f.leakPerS).toBeLessThan(1e-5);
      expect(Math.abs(f.transitS / tau - 1)).toBeLessThan(0.03);
    }
  });
  it('τ = 0 is Patlak: C = v·Ca + b ∫Ca gives v and b exactly', () => {
    const f = fitVascularLeak(basis, tissue(0.04, 0, 0.001))!;
    expect(f.vascularFraction).toBeCloseTo(0.04, 4);
    expect(f.leakPerS).toBeCloseTo(0.001, 5);
    expect(f.transitS).toBeLessThan(0.5);
  });
  it('the area ratio ∫C/∫Ca counts the leaked contrast; the fit does not', () => {
    const c = tissue(0.05, 3.7, 0.002);
    const area = (y: number[]) => y.slice(1).reduce((s, x, q) => s + 0.75 * (x + y[q]), 0);
    expect(area(c) / area(aif)).toBeGreaterThan(0.09);
    expect(fitVascularLeak(basis, c)!.vascularFraction).toBeCloseTo(0.05, 3);
  });
  it('no enhancement: null', () => {
    expect(fitVascularLeak(basis, new Float64Array(times.length))).toBeNull();
  });
});
