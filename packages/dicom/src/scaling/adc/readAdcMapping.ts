import type { DataSet } from 'dicom-parser';
import type { Instance } from '../../model/instance';
import { firstItemOf, numberOf, text, texts } from '../dataSetValues';

/**
 * How to turn an ADC map's stored values into ADC in 10^-3 mm2/s (the house ADC unit, as fitted
 * from DWI): adc = (stored × slope + intercept) × toHouseUnit.
 */
export interface AdcMapping {
  readonly slope: number;
  readonly intercept: number;
  /** Factor from the mapped unit to 10^-3 mm2/s (1e-3 for µm²/s). */
  readonly toHouseUnit: number;
  /** Where the unit came from, for notes and tests. */
  readonly source: string;
}

/** UCUM codes of diffusivity → factor to 10^-3 mm2/s. */
const UCUM_DIFFUSIVITY: Record<string, number> = {
  'um2/s': 1e-3,
  '10*-6.mm2/s': 1e-3,
  '10-6.mm2/s': 1e-3,
  'mm2/s': 1e3,
  '10*-3.mm2/s': 1,
  '10-3.mm2/s': 1,
  'm2/s': 1e9,
};

function fromRwvmItem(item: DataSet): AdcMapping | undefined {
  const unit = firstItemOf(item, 'x004008ea');
  const code = text(unit, 'x00080100');
  const scheme = text(unit, 'x00080102');
  if (code === undefined || scheme !== 'UCUM' || !(code in UCUM_DIFFUSIVITY)) return undefined;
  const slope = numberOf(item, 'x00409225');
  if (slope === undefined) return undefined; // LUT Data form: not supported, keep 'raw'
  return { slope, intercept: numberOf(item, 'x00409224') ?? 0, toHouseUnit: UCUM_DIFFUSIVITY[code], source: `Real World Value Mapping (UCUM ${code})` };
}

function rwvmItems(ds: DataSet): DataSet[] {
  const top = ds.elements.x00409096?.items ?? [];
  const shared = firstItemOf(ds, 'x52009229')?.elements.x00409096?.items ?? [];
  return [...top, ...shared].map((i) => i.dataSet).filter((d): d is DataSet => d !== undefined);
}

/**
 * The ADC mapping of an MR image, or undefined when it is not an ADC map. Rules, in order:
 * 1. A Real World Value Mapping item (0040,9096) whose Measurement Units Code (0040,08EA) is a
 *    UCUM diffusivity (um2/s, mm2/s, 10*-3.mm2/s, …) with a slope: that slope/intercept and unit
 *    (what `caliper adc` writes).
 * 2. Else ImageType (0008,0008) has a value exactly 'ADC' (Siemens DERIVED\SECONDARY\DIFFUSION\ADC,
 *    GE and Philips ADC maps): the stored values after RescaleSlope/Intercept are in µm²/s
 *    (10^-6 mm2/s), which is what these scanners store. 'EADC' (exponential ADC, unitless) does
 *    not match.
 * Only MR: other modalities are never read as ADC.
 */
export function readAdcMapping(inst: Instance): AdcMapping | undefined {
  if (inst.modality !== 'MR') return undefined;
  for (const item of rwvmItems(inst.dataSet)) {
    const m = fromRwvmItem(item);
    if (m) return m;
  }
  if ((texts(inst.dataSet, 'x00080008') ?? []).some((v) => v.toUpperCase() === 'ADC')) {
    return { slope: inst.rescaleSlope, intercept: inst.rescaleIntercept, toHouseUnit: 1e-3, source: "ImageType 'ADC' (scanner ADC map, µm²/s)" };
  }
  return undefined;
}
