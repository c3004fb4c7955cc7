import type { NaturalDataset } from 'dcmjs';
import type { LesionStatus } from '@caliper/response';
import { CODES, sameCode } from '../dicom/codes';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { LesionRole, ReferenceRegion, Remeasure } from '../model/longitudinalSchema';
import { remeasureSchema } from '../model/longitudinalSchema';
import type { Skip } from './parseMeasurement';
import { codeOf, describe, isConcept, num, seq, str, valueType } from './readContent';
import { roleForCode, statusForCode } from './lesionCodes';

/** The longitudinal attributes read from one measurement group (see buildLesionEvaluations). */
export interface LesionEvaluation {
  name?: string;
  role?: LesionRole;
  status?: LesionStatus;
  organ?: string;
  increased?: boolean;
  deauville?: number;
  remeasure?: Remeasure;
  /** The group's Finding is Caliper's reference region; its Finding Site says which. */
  reference?: boolean;
  referenceRegion?: ReferenceRegion;
}

/** Finding Site under its retired SNOMED-RT code, still written by dcmjs-era tools. */
const FINDING_SITE_SRT = { value: 'G-C0E3', scheme: 'SRT', meaning: 'Finding Site' };

/**
 * Read `item` into `ev` when it is one of the lesion's longitudinal items (role, status, organ…,
 * or the TID 1502 Time Point, which the study date already gives); false when it is not, so the
 * caller parses it as geometry or measurement. Unusable values go to `skipped` with the reason.
 */
export function readLesionEvaluation(item: NaturalDataset, path: string, ev: LesionEvaluation, skipped: Skip[]): boolean {
  const vt = valueType(item);
  const code = vt === 'CODE' ? codeOf(item.ConceptCodeSequence) : undefined;
  const unknown = () => void skipped.push({ path, reason: `${describe(item)}: value not understood` });
  if (vt === 'TEXT' && isConcept(item, L.lesionName)) ev.name = str(item.TextValue);
  else if (vt === 'TEXT' && isConcept(item, L.organ)) ev.organ = str(item.TextValue);
  else if (vt === 'TEXT' && isConcept(item, L.timePoint)) return true;
  else if (vt === 'CODE' && isConcept(item, CODES.finding)) ev.reference = code !== undefined && sameCode(code, L.referenceRegion);
  else if (vt === 'CODE' && ev.reference === true && (isConcept(item, CODES.findingSite) || isConcept(item, FINDING_SITE_SRT))) {
    if (code !== undefined && sameCode(code, L.liver)) ev.referenceRegion = 'liver';
    else if (code !== undefined && sameCode(code, L.mediastinalBloodPool)) ev.referenceRegion = 'mediastinum';
    else unknown();
  }
  else if (vt === 'CODE' && (isConcept(item, L.baselineCategory) || isConcept(item, CODES.lesionRole))) {
    const role = code === undefined ? undefined : roleForCode(code);
    if (role === undefined) unknown();
    else ev.role = role;
  } else if (vt === 'CODE' && isConcept(item, L.lesionStatus)) {
    const status = code === undefined ? undefined : statusForCode(code);
    if (status === undefined) unknown();
    else ev.status = status;
  } else if (vt === 'CODE' && isConcept(item, L.increased)) {
    if (code !== undefined && sameCode(code, L.yes)) ev.increased = true;
    else if (code !== undefined && sameCode(code, L.no)) ev.increased = false;
    else unknown();
  } else if (vt === 'NUM' && isConcept(item, L.deauville)) {
    const mv = seq(item.MeasuredValueSequence)[0];
    const score = mv === undefined ? undefined : num(mv.FloatingPointValue) ?? num(mv.NumericValue);
    if (score === undefined || !Number.isInteger(score) || score < 1 || score > 5) unknown();
    else ev.deauville = score;
  } else if (vt === 'TEXT' && isConcept(item, L.remeasure)) {
    const parsed = remeasureSchema.safeParse(parseJson(str(item.TextValue)));
    if (parsed.success) ev.remeasure = parsed.data;
    else unknown();
  } else return false;
  return true;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
