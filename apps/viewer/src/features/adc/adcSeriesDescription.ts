/** Start of every description of Caliper's fitted ADC map (series description, SR measurement method). */
export const CALIPER_ADC_MAP = 'ADC map (Caliper, log-linear fit';

/** Series description of Caliper's fitted ADC map, naming the method and the b-values (s/mm²) used. */
export function adcSeriesDescription(bValues: readonly number[]): string {
  return `${CALIPER_ADC_MAP} b=${bValues.map((b) => String(Math.round(b))).join(',')})`;
}

/**
 * Method text of a value measured on Caliper's ADC map (the SR's algorithm name): the map's
 * description and that it was fitted from the referenced DWI series, which is what the SR points to.
 */
export const adcMeasurementMethod = (mapDescription: string): string => `${mapDescription} of the referenced DWI series`;

/** Whether a saved measurement method says the value was measured on Caliper's ADC map. */
export const isCaliperAdcMethod = (method: string | undefined): boolean => method !== undefined && method.includes(CALIPER_ADC_MAP);
