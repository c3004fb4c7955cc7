/** A unit as shown on screen: the engine's ASCII ADC units in typographic form. */
export function displayUnit(unit: string): string {
  if (unit === '10^-3 mm2/s') return '10⁻³ mm²/s';
  if (unit === '10^-6 mm2/s') return '10⁻⁶ mm²/s';
  return unit;
}
