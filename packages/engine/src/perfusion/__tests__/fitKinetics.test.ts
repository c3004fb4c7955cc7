import { describe, expect, it } from 'vitest';
import { createKineticBasis } from '../kineticBasis';
import { fitPatlak } from '../fitPatlak';
import { fitTofts } from '../fitTofts';
import { fitToftsLinear } from '../fitToftsLinear';
import { fitKineticModel } from '../fitKineticModel';
import { samplePopulationAif } from '../samplePopulationAif';
import { solveBoxLeastSquares2 } from '../solveBoxLeastSquares2';
import { tabulateKineticBasis } from '../tabulateKineticBasis';

// 60 phases every 5 s, Parker AIF arriving at 30 s: the setting of the `caliper dce` contract.
const timesMin = Float64Array.from({ length: 60 }, (_, q) => (q * 5) / 60);
const aif = samplePopulationAif('parker', { bolusArrivalS: 30, endS: 295, hematocrit: 0.42 });
const basis = createKineticBasis(aif, timesMin);

function toftsCurve(ktrans: number, ve: number, vp: number): Float64Array {
  const f = new Float64Array(60), d = new Float64Array(60);
  basis.convolve(ktrans / ve, f, d);
  return Float64Array.from(f, (x, n) => ktrans * x + vp * basis.cp[n]);
}

describe('fitTofts (variable-projection Levenberg–Marquardt)', () => {
  it('recovers Ktrans, ve (and kep = Ktrans/ve) of a noise-free Tofts curve', () => {
    const fit = fitTofts(toftsCurve(0.35, 0.5, 0), basis);
    expect(fit.ktransPerMin).toBeCloseTo(0.35, 7);
    expect(fit.ve!).toBeCloseTo(0.5, 7);
    expect(fit.kepPerMin!).toBeCloseTo(0.7, 6);
    expect(fit.vp).toBeNull();
    expect(fit.residualMm).toBeLessThan(1e-8);
  });

  it('recovers the extended Tofts vp, from either start', () => {
    const c = toftsCurve(0.12, 0.25, 0.07);
    for (const start of ['grid', 'linear'] as const) {
      const fit = fitTofts(c, basis, { extended: true, start });
      expect(fit.ktransPerMin).toBeCloseTo(0.12, 7);
      expect(fit.ve!).toBeCloseTo(0.25, 6);
      expect(fit.vp!).toBeCloseTo(0.07, 7);
    }
  });

  it('keeps ve within [0.001, 1] and Ktrans within [0, 5]: a Patlak-like curve ends on ve = 1', () => {
    // No efflux at all: Ct = 0.05 ∫Cp, which Tofts can only approach with ve → ∞.
    const c = Float64Array.from(basis.intCp, (x) => 0.05 * x);
    const fit = fitTofts(c, basis);
    expect(fit.ve).toBe(1);
    expect(fit.ktransPerMin).toBeGreaterThan(0.045);
    expect(fit.ktransPerMin).toBeLessThanOrEqual(5);
    // A negative curve cannot be fitted with Ktrans < 0: Ktrans sits at its floor 0.001·kep.
    const neg = fitTofts(Float64Array.from(c, (x) => -x), basis);
    expect(neg.ktransPerMin).toBeLessThan(1e-3);
  });

  it('fits the same minimum through the tabulated basis', () => {
    const c = toftsCurve(0.6, 0.2, 0.02);
    const table = tabulateKineticBasis(aif, timesMin);
    const a = fitTofts(c, basis, { extended: true }), b = fitTofts(c, table, { extended: true, start: 'linear' });
    expect(b.ktransPerMin).toBeCloseTo(a.ktransPerMin, 6);
    expect(b.ve!).toBeCloseTo(a.ve!, 6);
    expect(b.vp!).toBeCloseTo(a.vp!, 6);
  });
});

describe('fitToftsLinear (Murase 2004)', () => {
  it('is close on a noise-free curve (trapezoidal ∫Ct is the only error)', () => {
    const fit = fitToftsLinear(toftsCurve(0.25, 0.3, 0.05), basis, { extended: true });
    expect(fit.ktransPerMin).toBeCloseTo(0.25, 2);
    expect(fit.ve!).toBeCloseTo(0.3, 2);
    expect(fit.vp!).toBeCloseTo(0.05, 2);
    expect(fit.residualMm).toBeLessThan(0.01);
  });
});

describe('fitPatlak', () => {
  it('recovers vp and Ktrans exactly; kep and ve are null', () => {
    const c = Float64Array.from(basis.cp, (x, n) => 0.1 * x + 0.05 * basis.intCp[n]);
    const fit = fitPatlak(c, basis);
    expect(fit.vp!).toBeCloseTo(0.1, 12);
    expect(fit.ktransPerMin).toBeCloseTo(0.05, 12);
    expect([fit.kepPerMin, fit.ve]).toEqual([null, null]);
  });

  it('clamps into the bounds (vp ≥ 0)', () => {
    const c = Float64Array.from(basis.cp, (x, n) => -0.1 * x + 0.05 * basis.intCp[n]);
    expect(fitPatlak(c, basis).vp).toBe(0);
  });
});

describe('fitKineticModel', () => {
  it('dispatches model and method', () => {
    const c = toftsCurve(0.2, 0.4, 0);
    expect(fitKineticModel(c, basis, { model: 'tofts' }).model).toBe('tofts');
    expect(fitKineticModel(c, basis, { model: 'etofts', method: 'linear' }).model).toBe('etofts');
    expect(fitKineticModel(c, basis, { model: 'patlak' }).ve).toBeNull();
  });
});

describe('solveBoxLeastSquares2', () => {
  it('unconstrained inside the box; on the boundary outside it', () => {
    // x = (1, 0), z = (0, 1), y = (2, 3): a = 2, b = 3.
    const out = new Float64Array(3);
    expect(Array.from(solveBoxLeastSquares2(1, 0, 1, 2, 3, 13, 0, 10, 0, 10, out))).toEqual([2, 3, 0]);
    // Box a ≤ 1: a = 1, b = 3, sse = (2 − 1)² = 1.
    expect(Array.from(solveBoxLeastSquares2(1, 0, 1, 2, 3, 13, 0, 1, 0, 10, out))).toEqual([1, 3, 1]);
  });
});

describe('tabulateKineticBasis', () => {
  it('interpolates F and ∂F/∂kep to ~1e-9 / 1e-6 of their scale, 0 to 5000 /min', () => {
    const table = tabulateKineticBasis(aif, timesMin);
    const f1 = new Float64Array(60), d1 = new Float64Array(60), f2 = new Float64Array(60), d2 = new Float64Array(60);
    for (const k of [0, 0.003, 0.05, 0.7, 2.9, 31, 800, 4999]) {
      table.convolve(k, f1, d1);
      basis.convolve(k, f2, d2);
      const fs = Math.max(...f2.map(Math.abs)), ds = Math.max(...d2.map(Math.abs));
      for (let n = 0; n < 60; n++) {
        expect(Math.abs(f1[n] - f2[n])).toBeLessThan(1e-8 * fs);
        expect(Math.abs(d1[n] - d2[n])).toBeLessThan(1e-6 * ds);
      }
    }
  });
});

describe('fitTwoCompartmentExchange (2CXM)', () => {
  it('recovers Fp, PS, vp, ve of a noise-free curve and reports Ktrans = E·Fp', async () => {
    const { fitTwoCompartmentExchange } = await import('../fitTwoCompartmentExchange');
    // Simulate by the compartment equations with explicit Euler steps of 0.001 min on the sampled AIF.
    const fp = 0.3, ps = 0.1, vp = 0.05, ve = 0.25;
    const h = 0.001, end = timesMin[59];
    let cpl = 0, ce = 0, t = 0;
    const tissue = new Float64Array(60);
    for (let n = 0; n < 60; n++) {
      while (t + h <= timesMin[n] + 1e-12) {
        const ca = sampleAt(t);
        const dcp = (fp * (ca - cpl) - ps * (cpl - ce)) / vp, dce = (ps * (cpl - ce)) / ve;
        cpl += h * dcp;
        ce += h * dce;
        t += h;
      }
      tissue[n] = vp * cpl + ve * ce;
    }
    expect(end).toBeGreaterThan(4);
    const fit = fitTwoCompartmentExchange(tissue, basis);
    expect(fit.model).toBe('2cxm');
    expect(fit.fpMlPer100mlMin! / 30).toBeCloseTo(1, 1);
    expect(fit.psPerMin! / 0.1).toBeCloseTo(1, 1);
    expect(fit.vp!).toBeCloseTo(0.05, 2);
    expect(fit.ve!).toBeCloseTo(0.25, 2);
    expect(fit.ktransPerMin).toBeCloseTo((fit.psPerMin! * fit.fpMlPer100mlMin!) / 100 / (fit.psPerMin! + fit.fpMlPer100mlMin! / 100), 12);
  });
});

function sampleAt(tMin: number): number {
  const t = aif.timesMin, c = aif.plasmaMm;
  let j = 0;
  while (j < t.length - 1 && t[j + 1] <= tMin) j++;
  return j >= t.length - 1 || t[j + 1] === t[j] ? c[j] : c[j] + ((c[j + 1] - c[j]) * (tMin - t[j])) / (t[j + 1] - t[j]);
}
