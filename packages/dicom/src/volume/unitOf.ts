import type { IntensityUnit } from '@caliper/core';
import type { Instance } from '../model/instance';

/** Unit of rescaled values before any SUV/ADC conversion: HU for CT, PET Units (0054,1001) BQML/CNTS, else raw. */
export function unitOf(inst: Instance): IntensityUnit {
  if (inst.modality === 'CT') return 'HU';
  if (inst.modality === 'PT' && inst.units === 'BQML') return 'Bq/mL';
  if (inst.modality === 'PT' && inst.units === 'CNTS') return 'CNTS';
  return 'raw';
}
