/** A denaturalised dcmjs element: tag-keyed {vr, Value}. */
export interface Element {
  readonly vr: string;
  readonly Value: unknown[];
}
export type Dataset = Record<string, Element>;

/** One element; omit values for an empty (type 2) attribute. */
export const el = (vr: string, ...values: unknown[]): Element => ({ vr, Value: values });
export const pn = (name: string): Element => ({ vr: 'PN', Value: name ? [{ Alphabetic: name }] : [] });
export const sq = (...items: Dataset[]): Element => ({ vr: 'SQ', Value: items });
export const code = (value: string, scheme: string, meaning: string): Dataset => ({
  '00080100': el('SH', value),
  '00080102': el('SH', scheme),
  '00080104': el('LO', meaning),
});

/**
 * A decimal string (DS) of at most 16 characters that round-trips to within the value's
 * precision. Readers compute from this text, so ground truth must use `parseFloat(ds(x))`.
 */
export function ds(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  for (let p = 15; p >= 1; p--) {
    let s = x.toPrecision(p);
    if (s.includes('e')) s = x.toExponential(Math.max(0, p - 1));
    if (s.length <= 16) return s;
  }
  return x.toExponential(6);
}

/** Padded to even length by dcmjs; format a vector as DS values. */
export const dsList = (xs: readonly number[]): string[] => xs.map(ds);
