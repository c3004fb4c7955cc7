/** Feature values of one family (or one texture aggregation), keyed by IBSI code; null = undefined
 *  by IBSI for this ROI (e.g. a ratio with a zero denominator). */
export type FeatureValues = Record<string, number | null>;

/** A finite number, else null (never a made-up value). */
export const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
