import type { Structure } from '../model/buildPatientModel';
import type { Tissue } from '../model/tissue';
import type { Rng } from '../rng/createRng';

export interface RenderMrOptions {
  /** Signal of each tissue before noise (a.u.). */
  readonly signal: (t: Tissue) => number;
  /** Rician noise: σ of each of the two Gaussian channels (a.u.); 0 = none. */
  readonly noiseSigma: number;
  readonly maxStored: number;
  readonly rng: Rng;
}

/**
 * Stored MR magnitude values: |S + σ(n1 + i n2)| rounded and clamped (Rician noise, as in a
 * magnitude image). Air outside the body is left at 0 (as after scanner background masking) so
 * the demo compresses; inside the body the noise is Rician.
 */
export function renderMr(labels: Uint8Array, structures: readonly Structure[], o: RenderMrOptions): Uint16Array {
  const s = [0, ...structures.map((st) => o.signal(st.tissue))];
  const out = new Uint16Array(labels.length);
  for (let v = 0; v < labels.length; v++) {
    let x = s[labels[v]];
    if (o.noiseSigma > 0 && labels[v] !== 0) {
      const re = x + o.noiseSigma * o.rng.normal();
      const im = o.noiseSigma * o.rng.normal();
      x = Math.sqrt(re * re + im * im);
    }
    const r = Math.round(x);
    out[v] = r > o.maxStored ? o.maxStored : r;
  }
  return out;
}

/** DWI signal model S(b) = S0 · exp(−b · ADC), b in s/mm2, ADC in 10^-3 mm2/s. */
export const dwiSignal = (b: number) => (t: Tissue): number => t.s0 * Math.exp(-b * t.adc * 1e-3);
