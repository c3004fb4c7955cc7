/**
 * Units of every reported value. A number without a unit is never reported.
 * SUVbw, SUL, SUVbsa, Bq/mL, HU and ADC are different units, not the same number.
 */
export type IntensityUnit =
  | 'HU'
  | 'SUVbw'
  | 'SUL'
  | 'SUVbsa'
  | 'Bq/mL'
  | 'CNTS'
  | '10^-3 mm2/s'
  | '10^-6 mm2/s'
  // DCE-MRI parametric maps (issue 15): Ktrans/kep, ve/vp, residual (mM), IAUGC (mM·s).
  | '/min'
  | '1'
  | 'mM'
  | 'mM·s'
  // DSC-MRI and CT perfusion maps (issue 15): MTT (s), CT blood flow / PS and blood volume.
  | 's'
  | 'mL/100 g/min'
  | 'mL/100 g'
  // The T1 map (T10, pre-contrast T1) a DCE reading fits from its variable-flip-angle series.
  | 'ms'
  | 'raw';

export type Unit =
  | IntensityUnit
  | 'mm'
  | 'mm2'
  | 'mL'
  | 'mm3'
  | 's/mm2'
  | 'g'
  | 'kg'
  | 'Bq'
  | '1'
  | 'count'
  | 'SUVbw·mL'
  | 'SUL·mL';

/** A measured value: the unit is required, the method says which standard/algorithm produced it. */
export interface Measurement<U extends Unit = Unit> {
  readonly name: string;
  readonly value: number;
  readonly unit: U;
  readonly method?: string;
}

export function measurement<U extends Unit>(name: string, value: number, unit: U, method?: string): Measurement<U> {
  return method === undefined ? { name, value, unit } : { name, value, unit, method };
}

/** Unit of an SUV-derived volume integral (TLG). */
export function tlgUnit(u: 'SUVbw' | 'SUL'): 'SUVbw·mL' | 'SUL·mL' {
  return u === 'SUVbw' ? 'SUVbw·mL' : 'SUL·mL';
}
