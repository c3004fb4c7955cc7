/** Series description of Caliper's fitted ADC map, naming the method and the b-values (s/mm²) used. */
export function adcSeriesDescription(bValues: readonly number[]): string {
  return `ADC map (Caliper, log-linear fit b=${bValues.map((b) => String(Math.round(b))).join(',')})`;
}
