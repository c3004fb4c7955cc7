/** A number with fixed decimals, or an em dash for null / non-finite. */
export const fmt = (v: number | null | undefined, digits: number): string => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));
