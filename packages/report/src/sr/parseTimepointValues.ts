import type { NaturalDataset } from 'dcmjs';
import type { Code } from '../dicom/codes';
import { CODES, sameCode } from '../dicom/codes';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { TimepointValues } from '../model/longitudinalSchema';
import type { Skip } from './parseMeasurement';
import { children, codeOf, conceptOf, describe, isConcept, num, seq, valueType } from './readContent';

type NumberKey = Exclude<keyof TimepointValues, 'tracer'>;

/** (quantity, derivation, finding site) of each value, as buildTimepointValues writes them. */
const KEYS: readonly (readonly [NumberKey, Code, Code | undefined, Code | undefined])[] = [
  ['liverSulMean', CODES.suvlbm, CODES.mean, L.liver],
  ['liverSulSd', CODES.suvlbm, CODES.standardDeviation, L.liver],
  ['mediastinumSuvMax', CODES.suvbw, CODES.maximum, L.mediastinalBloodPool],
  ['psmaTvMl', L.psmaTotalTumourVolume, undefined, undefined],
  ['wholeBodySulPeak', CODES.suvlbm, CODES.peakValueWithinRoi, undefined],
  ['wholeBodyDeauville', L.deauville, undefined, undefined],
];

/** Read TID 1500 Derived Imaging Measurements written by buildTimepointValues; others are skipped. */
export function parseTimepointValues(container: NaturalDataset, path: string, skipped: Skip[]): TimepointValues {
  const out: TimepointValues = {};
  for (const [x, item] of children(container).entries()) {
    const ipath = `${path} > ${x + 1} ${describe(item)}`;
    const concept = conceptOf(item);
    const mods = children(item);
    const modOf = (c: Code) => codeOf(mods.find((m) => valueType(m) === 'CODE' && isConcept(m, c))?.ConceptCodeSequence);
    const same = (a: Code | undefined, b: Code | undefined) => (a === undefined || b === undefined ? a === b : sameCode(a, b));
    const key = KEYS.find(([, q, d, s]) => concept !== undefined && sameCode(concept, q) && same(modOf(CODES.derivation), d) && same(modOf(CODES.findingSite), s));
    const mv = seq(item.MeasuredValueSequence)[0];
    const value = mv === undefined ? undefined : num(mv.FloatingPointValue) ?? num(mv.NumericValue);
    if (valueType(item) !== 'NUM' || key === undefined) skipped.push({ path: ipath, reason: 'derived measurement not used by Caliper' });
    else if (value === undefined) skipped.push({ path: ipath, reason: 'value is not a number' });
    else out[key[0]] = value;
  }
  return out;
}
