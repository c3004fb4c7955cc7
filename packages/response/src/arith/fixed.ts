/**
 * Fixed-point arithmetic for response criteria. Inputs are rounded to integer units (0.1 mm,
 * 0.1 HU, 0.01 mL, 0.01 SUL) so that thresholds are exact integer comparisons: 50 → 35 mm is
 * exactly −30 % and 35 → 42 mm exactly +20 %, which binary floating point cannot promise.
 */

/** Scale of each quantity: integer units per physical unit. */
export const SCALE = { mm: 10, hu: 10, ml: 100, sul: 100 } as const;
export type Scale = (typeof SCALE)[keyof typeof SCALE];

/** Rounds half away from zero, after removing binary noise (32.45 * 10 = 324.49999… → 324.5). */
export function roundHalfAway(x: number): number {
  const clean = Number(x.toPrecision(12));
  return Math.sign(clean) * Math.floor(Math.abs(clean) + 0.5);
}

/** A physical value as an integer count of 1/scale units. */
export function toFixed(value: number, scale: Scale): number {
  return roundHalfAway(value * scale);
}

/** Back to the physical value for output (e.g. 355 tenths → 35.5 mm). */
export function fromFixed(n: number, scale: Scale): number {
  return n / scale;
}

/**
 * Percentage change (cur − ref) / ref × 100 rounded to 0.1 % half away from zero, computed in
 * integers; null when the reference is 0 (no change can be expressed).
 */
export function pctChange(cur: number, ref: number): number | null {
  if (ref === 0) return null;
  const num = (cur - ref) * 1000;
  const den = Math.abs(ref);
  const sign = Math.sign(num);
  const tenths = Math.floor((2 * Math.abs(num) + den) / (2 * den));
  return (sign * tenths) / 10;
}

/** cur ≤ ref × (1 + pct/100), exactly (pct may be negative, e.g. −30). */
export function atMostPct(cur: number, ref: number, pct: number): boolean {
  return cur * 100 <= ref * (100 + pct);
}

/** cur ≥ ref × (1 + pct/100), exactly. */
export function atLeastPct(cur: number, ref: number, pct: number): boolean {
  return cur * 100 >= ref * (100 + pct);
}

/** Formats a percentage for a reason: "+20.0 %", "-30.0 %". */
export function formatPct(p: number | null): string {
  if (p === null) return 'n/a';
  return `${p > 0 ? '+' : ''}${p.toFixed(1)} %`;
}

/** Formats a fixed value with its unit: "35.0 mm". */
export function formatFixed(n: number, scale: Scale, unit: string): string {
  const digits = scale === 10 ? 1 : 2;
  return `${fromFixed(n, scale).toFixed(digits)} ${unit}`;
}
