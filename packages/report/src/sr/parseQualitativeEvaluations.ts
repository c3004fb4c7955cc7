import type { NaturalDataset } from 'dcmjs';
import type { CriteriaName } from '@caliper/response';
import { isoOfDicomDateTime } from '../dicom/dateTime';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { ResponseRecord } from '../model/longitudinalSchema';
import type { Skip } from './parseMeasurement';
import { children, codeOf, describe, isConcept, str, valueType } from './readContent';
import { criteriaForCode, responseOfText } from './criteriaCode';

/** What a TID 1500 Qualitative Evaluations container of Caliper's says about the timeline. */
export interface SrQualitativeEvaluations {
  criteria?: CriteriaName;
  baselineStudyInstanceUID?: string;
  excludedStudyInstanceUIDs: string[];
  tracer?: string;
  responses: ResponseRecord[];
}

/**
 * Read the report-level Qualitative Evaluations (TID 1500 row 12) written by
 * buildQualitativeEvaluations. Another tool's evaluations are listed in `skipped`, not guessed at.
 */
export function parseQualitativeEvaluations(container: NaturalDataset, path: string, skipped: Skip[], timezoneOffset?: string): SrQualitativeEvaluations {
  const out: SrQualitativeEvaluations = { excludedStudyInstanceUIDs: [], responses: [] };
  for (const [x, item] of children(container).entries()) {
    const ipath = `${path} > ${x + 1} ${describe(item)}`;
    const vt = valueType(item);
    if (vt === 'CODE' && isConcept(item, L.responseEvaluationMethod)) {
      const code = codeOf(item.ConceptCodeSequence);
      out.criteria = code === undefined ? undefined : criteriaForCode(code);
      if (out.criteria === undefined) skipped.push({ path: ipath, reason: 'response criterion not known to Caliper' });
    } else if (vt === 'UIDREF' && isConcept(item, L.baselineStudy)) out.baselineStudyInstanceUID = str(item.UID);
    else if (vt === 'UIDREF' && isConcept(item, L.excludedStudy)) {
      const uid = str(item.UID);
      if (uid !== undefined) out.excludedStudyInstanceUIDs.push(uid);
    } else if (vt === 'TEXT' && isConcept(item, L.radiopharmaceuticalAgent)) out.tracer = str(item.TextValue);
    else if (vt === 'TEXT' && isConcept(item, L.responseEvaluation)) {
      const r = parseResponse(item, timezoneOffset);
      if (typeof r === 'string') skipped.push({ path: ipath, reason: r });
      else out.responses.push(r);
    } else skipped.push({ path: ipath, reason: 'qualitative evaluation not used by Caliper' });
  }
  return out;
}

function parseResponse(item: NaturalDataset, timezoneOffset: string | undefined): ResponseRecord | string {
  let criteria: CriteriaName | undefined;
  const reasons: string[] = [];
  for (const child of children(item)) {
    const code = codeOf(child.ConceptCodeSequence);
    if (valueType(child) === 'CODE' && isConcept(child, L.responseEvaluationMethod) && code !== undefined) criteria = criteriaForCode(code);
    else if (valueType(child) === 'TEXT' && isConcept(child, L.responseReason)) reasons.push(str(child.TextValue) ?? '');
  }
  const text = str(item.TextValue);
  const assessedAt = isoOfDicomDateTime(str(item.ObservationDateTime) ?? '', timezoneOffset);
  if (criteria === undefined) return 'response without a criterion known to Caliper';
  if (text === undefined || text === '') return 'response without a value';
  if (assessedAt === undefined) return 'response without an Observation DateTime';
  return { criteria, response: responseOfText(criteria, text), reasons, assessedAt };
}
