import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Reading } from '../model/schema';
import type { TimepointSource } from './timepointSource';
import { summaryOfReadingBurden } from '../burden/burdenTimepointValues';

/** A saved reading as a timepoint: it needs its `longitudinal` block (patient, study date). */
export function sourceFromReading(reading: Reading): Result<TimepointSource> {
  const label = `reading of study ${reading.studyInstanceUID}`;
  const l = reading.longitudinal;
  if (l === undefined) return err(`${label}: no longitudinal block (patient and study date unknown)`);
  return ok({
    label,
    patientId: l.patientId,
    ...(l.issuer !== undefined ? { issuer: l.issuer } : {}),
    studyInstanceUID: reading.studyInstanceUID,
    studyDate: l.studyDate,
    savedAt: reading.updatedAt,
    criteria: l.criteria,
    baselineStudyInstanceUID: l.baselineStudyInstanceUID,
    excludedStudyInstanceUIDs: l.excludedStudyInstanceUIDs,
    ...(l.timepointValues !== undefined ? { timepointValues: l.timepointValues } : {}),
    lesions: reading.lesions,
    ...(reading.burden !== undefined ? { burden: summaryOfReadingBurden(reading.burden) } : {}),
  });
}
