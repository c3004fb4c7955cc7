import type { IntensityUnit } from '@caliper/core';
import type { Instance } from '../model/instance';
import { readAdcMapping } from '../scaling/adc/readAdcMapping';

/**
 * Unit of the values `buildVolume` produces (before any SUV conversion): HU for CT, PET Units
 * (0054,1001) BQML/CNTS, ADC in 10^-3 mm2/s for an MR ADC map (see `readAdcMapping`: Real World
 * Value Mapping in a UCUM diffusivity unit, or ImageType 'ADC'), else raw.
 */
export function unitOf(inst: Instance): IntensityUnit {
  if (inst.modality === 'CT') return 'HU';
  if (inst.modality === 'PT' && inst.units === 'BQML') return 'Bq/mL';
  if (inst.modality === 'PT' && inst.units === 'CNTS') return 'CNTS';
  if (readAdcMapping(inst)) return '10^-3 mm2/s';
  return 'raw';
}
