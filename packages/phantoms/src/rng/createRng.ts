/** A seeded pseudo-random source: uniform in [0, 1) and standard normal draws. */
export interface Rng {
  uniform(): number;
  normal(): number;
}

/**
 * mulberry32 (32-bit state) with table-based normals. Deterministic for a given seed on every
 * JavaScript engine (only 32-bit integer ops and IEEE doubles), which the byte-identical demo needs.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Standard normal by inverse-CDF lookup: one 32-bit draw per sample, 2^16 equiprobable levels
  // (plenty for image noise that is rounded to integers anyway, and ~5× faster than Box–Muller).
  const table = normalQuantiles();
  const normal = (): number => table[(uniform() * 65536) | 0];
  return { uniform, normal };
}

/** Derive an independent sub-seed from a seed and a label (e.g. a series name). */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

let quantiles: Float64Array | null = null;

/** Midpoint quantiles Φ⁻¹((q + 0.5) / 65536) of the standard normal (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantiles(): Float64Array {
  if (quantiles) return quantiles;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const inv = (p: number): number => {
    if (p < 0.02425) {
      const q = Math.sqrt(-2 * Math.log(p));
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - 0.02425) return -inv(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  };
  quantiles = new Float64Array(65536);
  for (let q = 0; q < 65536; q++) quantiles[q] = inv((q + 0.5) / 65536);
  return quantiles;
}
