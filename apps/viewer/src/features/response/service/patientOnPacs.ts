import type { StudySummary } from '@caliper/dicom';
import { createDicomWebSource } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { openDicomWebStudy } from '../../loading/sources/loadDicomWeb';
import { restoreStudy } from '../../persistence/service/restoreStudy';

/** Studies retrieved from the PACS by this feature (series + reading), in this session. */
const loaded = new Set<string>();

/** True when every image series of a study in the list came from DICOMweb (nothing left to retrieve). */
function retrieved(studyUID: string): boolean {
  const series = Object.values(appStore.getState().series).filter((x) => x.studyInstanceUID === studyUID);
  return series.length > 0 && series.every((x) => x.source === 'dicomweb');
}

/**
 * The patient's other studies on the configured PACS (QIDO-RS by PatientID, and IssuerOfPatientID
 * when known) that are not retrieved from it yet. Only the DICOMweb server the reader configured is asked.
 */
export async function patientStudiesOnPacs(patientId: string, issuer: string | undefined, currentStudyUID: string): Promise<{ studies: StudySummary[]; error?: string }> {
  const s = readDicomWebSettings();
  if (!s.url) return { studies: [], error: 'no DICOMweb server configured' };
  const src = createDicomWebSource({ url: s.url, token: s.token || undefined });
  const r = await src.searchStudies({ PatientID: patientId, ...(issuer ? { IssuerOfPatientID: issuer } : {}) });
  if (!r.ok) return { studies: [], error: r.error.reason };
  // A server may ignore a matching key it does not support: keep exact matches only.
  return {
    studies: r.value.filter((x) => x.studyInstanceUID !== currentStudyUID && !loaded.has(x.studyInstanceUID) && !retrieved(x.studyInstanceUID) && (x.patientId ?? '').trim() === patientId.trim()),
  };
}

/**
 * Loads those studies (series + their saved readings, from the PACS's SRs), so the timeline and
 * the tracked lesions of earlier timepoints come back when a follow-up is opened months later.
 */
export async function loadPatientCourse(studies: readonly StudySummary[], onProgress?: (done: number) => void): Promise<number> {
  const s = readDicomWebSettings();
  let done = 0;
  for (const st of studies) {
    await openDicomWebStudy(s, st.studyInstanceUID);
    loaded.add(st.studyInstanceUID);
    await restoreStudy(st.studyInstanceUID, true);
    onProgress?.(++done);
  }
  return done;
}
