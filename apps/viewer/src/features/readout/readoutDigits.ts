/** The house ADC unit (see @caliper/dicom readAdcMapping). */
export const ADC_UNIT = '10^-3 mm2/s';

/**
 * Decimals of a cursor value by unit: HU 0; SUV/SUL 2; ADC 3 (10⁻³ mm²/s, i.e. 1 µm²/s steps, the
 * precision scanners store ADC maps in); anything else 1.
 */
export function readoutDigits(unit: string): number {
  if (unit === 'HU') return 0;
  if (unit === ADC_UNIT) return 3;
  if (unit.startsWith('SUV') || unit === 'SUL') return 2;
  return 1;
}
