import { pctChange, toFixed } from '@caliper/response/arith/fixed';

/**
 * % change of cur vs ref, rounded to 0.1 % half away from zero in integer arithmetic (the
 * criteria's own rule, so a plot shows exactly the number the category was decided on:
 * 50 → 35 is −30.0 %). Values are taken to 0.01 of their unit. null when ref is 0.
 */
export function percentChange(cur: number, ref: number): number | null {
  return pctChange(toFixed(cur, 100), toFixed(ref, 100));
}
