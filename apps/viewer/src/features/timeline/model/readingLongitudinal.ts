import type { Longitudinal } from '@caliper/report';
import type { AlignmentRecord } from './alignmentRecord';
import type { PatientTimeline } from './types';

/** What the timeline contributes to a study's saved reading (report schema v3 `longitudinal`). */
export type TimelineFacts = Pick<Longitudinal, 'patientId' | 'issuer' | 'studyDate' | 'baselineStudyInstanceUID' | 'excludedStudyInstanceUIDs' | 'alignment'>;

const isoDate = (da: string): string | undefined => (/^\d{8}$/.test(da) ? `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}` : undefined);

/**
 * The timeline's part of the reading of `studyUID`: patient (ID + issuer), ISO study date,
 * baseline, excluded studies, and — when `alignment` maps this study (as the current) onto a prior —
 * that alignment with its method and landmark pair. Undefined when the study cannot carry it (no
 * Patient ID, no valid date, no baseline): such a study has no longitudinal reading.
 */
export function timelineFacts(t: PatientTimeline, studyUID: string, alignment: AlignmentRecord | null): TimelineFacts | undefined {
  const tp = t.timepoints.find((p) => p.studyInstanceUID === studyUID);
  const studyDate = tp ? isoDate(tp.studyDate) : undefined;
  if (!tp || !t.patientId || !studyDate || !t.baselineStudyUID) return undefined;
  const a = alignment && alignment.currentStudyUID === studyUID ? alignment : undefined;
  return {
    patientId: t.patientId,
    ...(t.issuerOfPatientId ? { issuer: t.issuerOfPatientId } : {}),
    studyDate,
    baselineStudyInstanceUID: t.baselineStudyUID,
    excludedStudyInstanceUIDs: t.timepoints.filter((p) => p.excluded).map((p) => p.studyInstanceUID),
    ...(a
      ? {
          alignment: {
            priorStudyInstanceUID: a.priorStudyUID,
            rotation: [...a.transform.rotation],
            translationMm: [...a.transform.translationMm] as [number, number, number],
            method: a.method,
            ...(a.landmark ? { landmark: { priorMm: [...a.landmark.priorMm] as [number, number, number], currentMm: [...a.landmark.currentMm] as [number, number, number] } } : {}),
          },
        }
      : {}),
  };
}
