// Arterial input of the DSC-MRI and CT perfusion phantoms: a sum of gamma variates of shape α = 3
// (first pass, recirculation, …), whose convolutions with an exponential have a closed form, so the
// phantoms' tissue curves are exact (no time grid), independently of the engine's deconvolution.

/** One bolus: peak · (τ/(3β))³ e^(3 − τ/β), τ = t − arrival > 0 (gamma variate α = 3, Thompson 1964; peak at τ = 3β). */
export interface GammaBolus {
  readonly arrivalS: number;
  readonly betaS: number;
  /** Value at the peak (concentration unit of the phantom: mM for DSC, mg I/mL for CT). */
  readonly peak: number;
}

/** An arterial curve: the sum of its boluses (0 before the first arrival). */
export type GammaAif = readonly GammaBolus[];

/** I(x, λ) = ∫0^x s³ e^(−λ s) ds: power series for |λx| < 2 (no cancellation), closed form 6/λ⁴ (1 − e^(−z) Σ_{k≤3} z^k/k!) beyond. */
export function cubicMomentIntegral(x: number, lambda: number): number {
  if (x <= 0) return 0;
  const z = lambda * x;
  if (Math.abs(z) < 2) {
    let term = x ** 4, sum = 0;
    for (let k = 0; k < 60; k++) {
      const add = term / (k + 4);
      sum += add;
      if (Math.abs(add) < 1e-18 * Math.abs(sum)) break;
      term *= -z / (k + 1);
    }
    return sum;
  }
  return (6 / lambda ** 4) * (1 - Math.exp(-z) * (1 + z + (z * z) / 2 + (z * z * z) / 6));
}

/** Coefficient a of a τ³ e^(−τ/β) for a bolus of the given peak. */
const coefficient = (b: GammaBolus) => (b.peak * Math.exp(3)) / (3 * b.betaS) ** 3;

/** Ca(t). */
export function aifAt(aif: GammaAif, tS: number): number {
  let sum = 0;
  for (const b of aif) {
    const tau = tS - b.arrivalS;
    if (tau > 0) sum += coefficient(b) * tau ** 3 * Math.exp(-tau / b.betaS);
  }
  return sum;
}

/**
 * (Ca ⊗ e^(−r t))(t) = ∫0^t Ca(s) e^(−r (t − s)) ds (unit of Ca × s): for each bolus
 * a e^(−r τ) I(τ, 1/β − r). r = 0 gives ∫0^t Ca.
 */
export function convolveAifExp(aif: GammaAif, tS: number, rPerS: number): number {
  let sum = 0;
  for (const b of aif) {
    const tau = tS - b.arrivalS;
    if (tau > 0) sum += coefficient(b) * Math.exp(-rPerS * tau) * cubicMomentIntegral(tau, 1 / b.betaS - rPerS);
  }
  return sum;
}

/** ∫0^t Ca(s) ds. */
export const aifIntegral = (aif: GammaAif, tS: number): number => convolveAifExp(aif, tS, 0);

/**
 * ∫0^T (Ca ⊗ e^(−t/τ))(t) dt = τ (∫0^T Ca − (Ca ⊗ e^(−t/τ))(T)): from d/dt (Ca ⊗ e^(−t/τ)) = Ca − (Ca ⊗ e^(−t/τ))/τ.
 * What an area ratio over an acquisition ending at T sees of a compartment with exponential residue.
 */
export function integrateConvolvedAif(aif: GammaAif, endS: number, tauS: number): number {
  return tauS * (aifIntegral(aif, endS) - convolveAifExp(aif, endS, 1 / tauS));
}
