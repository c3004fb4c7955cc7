import { createDicomWebSource } from '@caliper/dicom';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { retrieveInstance, searchReadingObjects } from '../../persistence/service/pacsClient';
import type { PacsLookup } from '../model/membersFromPacs';

/** True when the reader configured a DICOMweb server (the cohort's *From PACS* is offered). */
export const pacsConfigured = (): boolean => !!readDicomWebSettings().url;

/**
 * The configured DICOMweb server as the cohort's PACS: QIDO-RS studies by PatientID (exact
 * matches kept: a server may ignore a key), the SR series' instances, WADO-RS retrieve.
 */
export function configuredPacs(): PacsLookup | null {
  const s = readDicomWebSettings();
  if (!s.url) return null;
  const src = createDicomWebSource({ url: s.url, token: s.token || undefined });
  return {
    async studiesOf(patientId, issuer) {
      const r = await src.searchStudies({ PatientID: patientId, ...(issuer ? { IssuerOfPatientID: issuer } : {}) });
      if (!r.ok) throw new Error(r.error.reason);
      return r.value.filter((x) => (x.patientId ?? '').trim() === patientId.trim());
    },
    async srsOf(study) {
      const items = (await searchReadingObjects(s, study)).filter((i) => i.modality === 'SR');
      return Promise.all(items.map((i) => retrieveInstance(s, study, i)));
    },
  };
}
