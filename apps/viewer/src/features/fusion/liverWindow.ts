/** Multiple of the liver reference mean SUV that sets the upper end of the auto window. */
export const LIVER_WINDOW_FACTOR = 3;
const MIN_UPPER = 2;
const MAX_UPPER = 30;

/**
 * "Auto (liver-based)" PET window, SUVbw: lower 0, upper = 3 × the liver reference mean SUV (3 cm
 * sphere in the right lobe, PERCIST), rounded to the nearest 0.5 and kept within 2–30. Normal liver
 * then sits at a third of the scale and uptake above three times liver (PERCIST's measurable
 * disease is above 1.5 × liver + 2 SD) at the top. Undefined without a usable liver mean.
 */
export function liverWindow(liverMeanSuv: number | null | undefined): [number, number] | undefined {
  if (liverMeanSuv == null || !Number.isFinite(liverMeanSuv) || liverMeanSuv <= 0) return undefined;
  const upper = Math.round(LIVER_WINDOW_FACTOR * liverMeanSuv * 2) / 2;
  return [0, Math.min(MAX_UPPER, Math.max(MIN_UPPER, upper))];
}

/**
 * Why the liver-based window cannot be set, or undefined when it can: the PET must be shown in
 * SUVbw (`displayUnit`) and the liver mean measured in SUVbw too (`liverUnit`, the engine volume's
 * unit). A Bq/mL PET (no weight) would otherwise get "SUV 0–30" from a liver mean of thousands.
 */
export function liverWindowRefusal(displayUnit: string, liverUnit: string): string | undefined {
  if (displayUnit !== 'SUVbw') return `the PET is shown in ${displayUnit}, not SUVbw (SUV not computable from its header)`;
  if (liverUnit !== 'SUVbw') return `the liver mean is in ${liverUnit}, not SUVbw`;
  return undefined;
}
