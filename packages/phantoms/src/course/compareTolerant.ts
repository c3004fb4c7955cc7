/**
 * Threshold comparisons for decimal measurements: 42.0 of 60.0 mm is exactly −30 % to a reader, but
 * 60 × 0.7 and 5.2 − 4 are not exact in binary floating point. Equality within 1e-9 (relative,
 * at least absolute) counts as equal.
 */
const EPS = 1e-9;
const tol = (b: number) => EPS * Math.max(1, Math.abs(b));

/** a ≥ b, within the tolerance. */
export const atLeast = (a: number, b: number): boolean => a >= b - tol(b);
/** a ≤ b, within the tolerance. */
export const atMost = (a: number, b: number): boolean => a <= b + tol(b);
/** a > b beyond the tolerance. */
export const above = (a: number, b: number): boolean => a > b + tol(b);
