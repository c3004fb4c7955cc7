import { readAdcMapping, type Instance } from '@caliper/dicom';

/** Affine map from a displayed (Modality-LUT) value to ADC in 10^-3 mm2/s: adc = scale × v + offset. */
export interface AdcDisplayMapping {
  readonly scale: number;
  readonly offset: number;
}

/**
 * How to turn the values Cornerstone shows for an MR ADC map (stored × RescaleSlope + RescaleIntercept)
 * into ADC in 10^-3 mm2/s, per `readAdcMapping` (Real World Value Mapping in a UCUM diffusivity unit,
 * or ImageType 'ADC' in µm²/s). Undefined when the image is not an ADC map.
 * RWVM maps STORED values: adc = ((v − ri) / rs × slope + intercept) × toHouseUnit.
 */
export function adcDisplayMapping(inst: Instance): AdcDisplayMapping | undefined {
  const m = readAdcMapping(inst);
  if (!m) return undefined;
  const rs = inst.rescaleSlope || 1;
  const ri = inst.rescaleIntercept;
  const scale = (m.slope / rs) * m.toHouseUnit;
  return { scale, offset: (m.intercept - (ri * m.slope) / rs) * m.toHouseUnit };
}

/**
 * Displayed-value range (what a viewport's voiRange is in) showing ADC `lower`–`upper` in
 * 10^-3 mm2/s on an ADC map with display mapping `m` (e.g. 0–3 → 0–3000 on a scanner map in µm²/s).
 */
export function adcDisplayRange(m: AdcDisplayMapping, lower = 0, upper = 3): { lower: number; upper: number } {
  const a = (lower - m.offset) / m.scale, b = (upper - m.offset) / m.scale;
  return { lower: Math.min(a, b), upper: Math.max(a, b) };
}
