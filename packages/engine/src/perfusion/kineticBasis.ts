import type { AifCurve } from './aifCurve';
import { convolveAif } from './convolveAif';
import { sampleAifAt } from './aifCurve';

/**
 * What the tracer-kinetic models need from the AIF at the sample times of a tissue curve: Cp(t),
 * ∫Cp (both exact for the piecewise-linear AIF), and the exponential convolution
 * F(t; kep) = ∫ Cp(s) e^(−kep (t − s)) ds with its derivative ∂F/∂kep. Times in min.
 */
export interface KineticBasis {
  readonly timesMin: Float64Array;
  /** Cp at the sample times (mM). */
  readonly cp: Float64Array;
  /** ∫ Cp from the AIF's first node to each sample time (mM·min). */
  readonly intCp: Float64Array;
  /** Writes F(t_n; kep) (mM·min) and ∂F/∂kep (mM·min²) at every sample time. */
  convolve(kepPerMin: number, out: Float64Array, derivative: Float64Array): void;
}

export interface CreateKineticBasisOptions {
  /** Reuse Cp / ∫Cp already computed for these times (e.g. by a tabulated basis). */
  readonly cp?: Float64Array;
  readonly intCp?: Float64Array;
}

/** The exact basis: every convolve() walks the whole AIF (see convolveAif). For single curves. */
export function createKineticBasis(aif: AifCurve, timesMin: ArrayLike<number>, options: CreateKineticBasisOptions = {}): KineticBasis {
  const t = Float64Array.from(timesMin);
  const cp = options.cp ?? Float64Array.from(t, (x) => sampleAifAt(aif, x));
  const intCp = options.intCp ?? convolveAif(aif, 0, t);
  return {
    timesMin: t,
    cp,
    intCp,
    convolve: (kep, out, derivative) => {
      convolveAif(aif, kep, t, { out, derivative });
    },
  };
}
