import type { NaturalDataset } from 'dcmjs';
import { CODES } from '../dicom/codes';
import { unitFromUcum } from '../dicom/ucum';
import type { StoredMeasurement } from '../model/schema';
import type { ImagePlane } from './imagePlane';
import { scoordToPatient } from './imagePlane';
import { nameForConcept } from './measurementConcept';
import { children, codeOf, conceptOf, describe, imageRefOf, isConcept, num, numbers, seq, str, valueType } from './readContent';

export type Lps = [number, number, number];

export interface ParsedMeasurement {
  readonly measurement: StoredMeasurement;
  /** Endpoints of the polyline the value was inferred from (RECIST axis, length), LPS mm. */
  readonly polyline?: Lps[];
  readonly frameOfReferenceUID?: string;
  /** Image the value was selected from (2D SCOORD). */
  readonly sopInstanceUID?: string;
}

export interface Skip {
  readonly path: string;
  readonly reason: string;
}

/** One TID 1419/1501 NUM item → a Caliper measurement, or the reason it was skipped. */
export function parseMeasurement(item: NaturalDataset, path: string, skipped: Skip[], imagePlane?: (sop: string) => ImagePlane | undefined, notes: Skip[] = []): ParsedMeasurement | undefined {
  const concept = conceptOf(item);
  const mv = seq(item.MeasuredValueSequence)[0];
  if (concept === undefined) return void skipped.push({ path, reason: 'NUM without a concept name' });
  if (mv === undefined) return void skipped.push({ path, reason: `${describe(item)} has no measured value` });
  const value = num(mv.FloatingPointValue) ?? num(mv.NumericValue);
  if (value === undefined) return void skipped.push({ path, reason: `${describe(item)} value is not a number` });
  const unitCode = codeOf(mv.MeasurementUnitsCodeSequence);
  if (unitCode === undefined) return void skipped.push({ path, reason: `${describe(item)} has no unit` });
  let unit = unitCode.scheme === 'UCUM' ? unitFromUcum(unitCode.value) : undefined;
  if (unit === undefined) return void skipped.push({ path, reason: `${describe(item)}: unknown unit (${unitCode.value}, ${unitCode.scheme})` });

  let derivation, method: string | undefined, polyline: Lps[] | undefined, frameOfReferenceUID: string | undefined, sopInstanceUID: string | undefined;
  for (const [x, child] of children(item).entries()) {
    const cpath = `${path} > ${x + 1} ${describe(child)}`;
    const vt = valueType(child);
    if (vt === 'CODE' && isConcept(child, CODES.derivation)) derivation = codeOf(child.ConceptCodeSequence);
    else if (vt === 'TEXT' && isConcept(child, CODES.algorithmName)) method = str(child.TextValue);
    else if (vt === 'CODE' && isConcept(child, { value: '370129005', scheme: 'SCT', meaning: '' })) method ??= codeOf(child.ConceptCodeSequence)?.meaning;
    else if (vt === 'TEXT' && isConcept(child, CODES.algorithmVersion)) continue;
    else if (vt === 'SCOORD3D' && str(child.GraphicType) === 'POLYLINE') {
      polyline = triples(numbers(child.GraphicData));
      frameOfReferenceUID = str(child.ReferencedFrameOfReferenceUID);
    } else if (vt === 'SCOORD' && str(child.GraphicType) === 'POLYLINE') {
      const img = children(child).map(imageRefOf).find((r) => r !== undefined);
      const plane = img === undefined ? undefined : imagePlane?.(img.sopInstanceUID);
      if (plane === undefined) skipped.push({ path: cpath, reason: '2D SCOORD: geometry of the referenced image unknown, coordinates not imported' });
      else {
        const xy = numbers(child.GraphicData);
        polyline = [];
        for (let p = 0; p + 1 < xy.length; p += 2) polyline.push([...scoordToPatient(plane, xy[p], xy[p + 1])] as Lps);
        sopInstanceUID = img!.sopInstanceUID;
      }
    } else skipped.push({ path: cpath, reason: 'modifier not used by Caliper' });
  }
  if (unit.unit === '1' && polyline !== undefined) {
    const asMm = lengthInMm(concept, derivation, value, polyline);
    if (asMm !== undefined) {
      unit = { unit: 'mm', scale: 1 };
      notes.push({ path, reason: `${describe(item)} has unit "1" (no units); read as mm because it equals the length of its line (${asMm.toFixed(2)} mm)` });
    }
  }
  const named = nameForConcept(concept, derivation, unit.unit);
  if ('error' in named) return void skipped.push({ path, reason: named.error });
  const measurement: StoredMeasurement = { name: named.name, value: value * unit.scale, unit: unit.unit, ...(method !== undefined ? { method } : {}) };
  return { measurement, ...(polyline ? { polyline } : {}), ...(frameOfReferenceUID ? { frameOfReferenceUID } : {}), ...(sopInstanceUID ? { sopInstanceUID } : {}) };
}

/**
 * dcmjs's Cornerstone3D Bidirectional adapter (what OHIF writes) gives Long Axis and Short Axis the
 * unit "1" (no units): the length of a line concept is then read as mm only when it equals the
 * length of its own polyline in patient space (within 1 % or 0.1 mm), never assumed.
 */
const LINE_CONCEPTS = new Set(['Long axis', 'Short axis', 'Length']);

function lengthInMm(concept: NonNullable<ReturnType<typeof conceptOf>>, derivation: ReturnType<typeof codeOf>, value: number, polyline: readonly Lps[]): number | undefined {
  const named = nameForConcept(concept, derivation, 'mm');
  if ('error' in named || !LINE_CONCEPTS.has(named.name) || polyline.length < 2) return undefined;
  let length = 0;
  for (let p = 1; p < polyline.length; p++) length += Math.hypot(polyline[p][0] - polyline[p - 1][0], polyline[p][1] - polyline[p - 1][1], polyline[p][2] - polyline[p - 1][2]);
  return Math.abs(value - length) <= Math.max(0.1, 0.01 * length) ? length : undefined;
}

export function triples(v: readonly number[]): Lps[] {
  const out: Lps[] = [];
  for (let p = 0; p + 2 < v.length; p += 3) out.push([v[p], v[p + 1], v[p + 2]]);
  return out;
}
