import type { Code } from '../dicom/codes';
import { CODES } from '../dicom/codes';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import { UCUM } from '../dicom/ucum';
import type { TimepointValues } from '../model/longitudinalSchema';
import type { Item } from './contentItems';
import { codeItem, containerItem, numItem } from './contentItems';

/**
 * The timepoint's reference values as TID 300 measurements in TID 1500's "Derived Imaging
 * Measurements" container (126011, DCM): they belong to the study, not to a lesion, and the
 * reading keeps no ROI for them. Liver reference (PERCIST): SUVlbm (126402) mean / SD, Finding
 * Site Liver (10200004, SCT); mediastinal blood pool (Lugano): SUVbw (126401) maximum; PSMA-TV
 * (RECIP): private concept in ml. Undefined when there is no value to write.
 */
export function buildTimepointValues(values: TimepointValues | undefined): Item | undefined {
  if (values === undefined) return undefined;
  const stat = (quantity: Code, unit: 'SUL' | 'SUVbw', derivation: Code, site: Code, v: number): Item =>
    numItem('CONTAINS', quantity, v, UCUM[unit], [codeItem('HAS CONCEPT MOD', CODES.derivation, derivation), codeItem('HAS CONCEPT MOD', CODES.findingSite, site)]);
  const items: Item[] = [];
  if (values.liverSulMean !== undefined) items.push(stat(CODES.suvlbm, 'SUL', CODES.mean, L.liver, values.liverSulMean));
  if (values.liverSulSd !== undefined) items.push(stat(CODES.suvlbm, 'SUL', CODES.standardDeviation, L.liver, values.liverSulSd));
  if (values.mediastinumSuvMax !== undefined) items.push(stat(CODES.suvbw, 'SUVbw', CODES.maximum, L.mediastinalBloodPool, values.mediastinumSuvMax));
  if (values.psmaTvMl !== undefined) items.push(numItem('CONTAINS', L.psmaTotalTumourVolume, values.psmaTvMl, UCUM.mL));
  // Whole-body burden: hottest lesion SULpeak as SUVlbm + Peak Value Within ROI (no site); highest confirmed Deauville (private, UCUM 1).
  if (values.wholeBodySulPeak !== undefined) items.push(numItem('CONTAINS', CODES.suvlbm, values.wholeBodySulPeak, UCUM.SUL, [codeItem('HAS CONCEPT MOD', CODES.derivation, CODES.peakValueWithinRoi)]));
  if (values.wholeBodyDeauville !== undefined) items.push(numItem('CONTAINS', L.deauville, values.wholeBodyDeauville, UCUM['1']));
  return items.length === 0 ? undefined : containerItem('CONTAINS', L.derivedImagingMeasurements, items);
}
