import type { Longitudinal, TimepointValues } from '../model/longitudinalSchema';
import type { ImportedSr } from './importSr';
import { burdenTimepointValues, summaryOfSrBurden } from '../burden/burdenTimepointValues';

/**
 * The reading's `longitudinal` block rebuilt from one of Caliper's SRs: patient and study date from
 * the header, criterion / baseline / exclusions / responses / tracer from the Qualitative
 * Evaluations, reference values from the Derived Imaging Measurements. Undefined for an SR without
 * Caliper's longitudinal content (another tool's, or a reading that was not longitudinal). The
 * alignment is not in the SR (it belongs with the images, not the report): it stays local.
 */
export function longitudinalOfSr(sr: ImportedSr): Longitudinal | undefined {
  const q = sr.qualitativeEvaluations;
  if (q?.criteria === undefined || q.baselineStudyInstanceUID === undefined) return undefined;
  if (sr.patientId === undefined || sr.patientId === '' || sr.studyDate === undefined) return undefined;
  // Values recorded in the SR win; a burden without them still gives its PSMA-TV and confirmed Deauville.
  const fromBurden = sr.burden === undefined ? {} : burdenTimepointValues(summaryOfSrBurden(sr.burden));
  const values: TimepointValues = { ...fromBurden, ...sr.timepointValues, ...(q.tracer !== undefined ? { tracer: q.tracer } : {}) };
  return {
    patientId: sr.patientId,
    ...(sr.issuer !== undefined && sr.issuer !== '' ? { issuer: sr.issuer } : {}),
    studyDate: sr.studyDate,
    baselineStudyInstanceUID: q.baselineStudyInstanceUID,
    excludedStudyInstanceUIDs: q.excludedStudyInstanceUIDs,
    criteria: q.criteria,
    ...(Object.keys(values).length > 0 ? { timepointValues: values } : {}),
    responses: q.responses,
  };
}
