import { dicomDateTime } from '../dicom/dateTime';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { Longitudinal } from '../model/longitudinalSchema';
import type { Item } from './contentItems';
import { codeItem, containerItem, textItem, uidrefItem } from './contentItems';
import { codeForCriteria, responseText } from './criteriaCode';

/**
 * TID 1500 row 12 "Qualitative Evaluations" (C0034375, UMLS) of a longitudinal reading:
 * - row 13 CODE (112021, DCM, "Response Evaluation Method"): the criterion the reading follows;
 * - row 14 TEXT (112020, DCM, "Response Evaluation") per response, "RECIST 1.1: PR", its
 *   ObservationDateTime the assessment time, its method as HAS CONCEPT MOD and the criterion's
 *   reasons as INFERRED FROM texts;
 * - the tracer (417881006, SCT, "Radiopharmaceutical agent"), and Caliper's baseline / excluded
 *   study UIDs (private), so that the PACS copy alone rebuilds the timeline.
 * TID 1500 is extensible (PS3.16 A.3): the UIDREF rows are such an extension.
 */
export function buildQualitativeEvaluations(longitudinal: Longitudinal): Item {
  const items: Item[] = [
    codeItem('CONTAINS', L.responseEvaluationMethod, codeForCriteria(longitudinal.criteria)),
    uidrefItem('CONTAINS', L.baselineStudy, longitudinal.baselineStudyInstanceUID),
    ...longitudinal.excludedStudyInstanceUIDs.map((uid) => uidrefItem('CONTAINS', L.excludedStudy, uid)),
  ];
  const tracer = longitudinal.timepointValues?.tracer;
  if (tracer !== undefined) items.push(textItem('CONTAINS', L.radiopharmaceuticalAgent, tracer));
  for (const r of longitudinal.responses) {
    const item = textItem('CONTAINS', L.responseEvaluation, responseText(r.criteria, r.response));
    item.ObservationDateTime = dicomDateTime(new Date(r.assessedAt));
    item.ContentSequence = [
      codeItem('HAS CONCEPT MOD', L.responseEvaluationMethod, codeForCriteria(r.criteria)),
      ...r.reasons.map((reason) => textItem('INFERRED FROM', L.responseReason, reason)),
    ];
    items.push(item);
  }
  return containerItem('CONTAINS', L.qualitativeEvaluations, items);
}
