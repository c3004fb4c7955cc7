import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { importSr } from '../sr/importSr';
import type { TimepointSource } from './timepointSource';
import { summaryOfSrBurden } from '../burden/burdenTimepointValues';

/**
 * One SR file (Caliper's or another tool's TID 1500) as a timepoint: patient and date from its
 * header, lesions from its measurement groups, settings from Caliper's Qualitative Evaluations.
 * Errors are prefixed with the file name.
 */
export function sourceFromSr(file: { readonly name: string; readonly bytes: Uint8Array }): Result<TimepointSource> {
  const r = importSr(file.bytes);
  if (!r.ok) return err(`${file.name}: ${r.error}`);
  const sr = r.value;
  if (sr.patientId === undefined || sr.patientId === '') return err(`${file.name}: no PatientID`);
  if (sr.studyDate === undefined) return err(`${file.name}: no StudyDate (YYYYMMDD): the timepoint's date is unknown`);
  const q = sr.qualitativeEvaluations;
  const values = { ...sr.timepointValues, ...(q?.tracer !== undefined ? { tracer: q.tracer } : {}) };
  return ok({
    label: file.name,
    patientId: sr.patientId,
    ...(sr.issuer !== undefined && sr.issuer !== '' ? { issuer: sr.issuer } : {}),
    studyInstanceUID: sr.studyInstanceUID,
    studyDate: sr.studyDate,
    savedAt: sr.contentDateTime ?? '',
    ...(q?.criteria !== undefined ? { criteria: q.criteria } : {}),
    ...(q?.baselineStudyInstanceUID !== undefined ? { baselineStudyInstanceUID: q.baselineStudyInstanceUID } : {}),
    excludedStudyInstanceUIDs: q?.excludedStudyInstanceUIDs ?? [],
    ...(Object.keys(values).length > 0 ? { timepointValues: values } : {}),
    lesions: sr.lesions,
    ...(sr.burden !== undefined ? { burden: summaryOfSrBurden(sr.burden) } : {}),
  });
}
