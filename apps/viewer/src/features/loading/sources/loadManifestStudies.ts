import { loadManifest, manifestInstanceUrls } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';

/**
 * Lists the studies of a static manifest (e.g. ./demo/manifest.json). Pixels are fetched lazily,
 * per image, when a series is opened. Returns false when there is no manifest (errors recorded
 * only when `reportMissing`).
 */
export async function loadManifestStudies(url: string, reportMissing = true): Promise<boolean> {
  const abs = new URL(url, document.baseURI).toString();
  const r = await loadManifest(abs);
  const { addStudy, addErrors } = appStore.getState();
  if (!r.ok) {
    if (reportMissing) addErrors([{ source: r.error.file, reason: r.error.reason }]);
    return false;
  }
  for (const study of r.value.studies) {
    const series: SeriesEntry[] = study.series.map((s) => ({
      seriesInstanceUID: s.seriesInstanceUID,
      studyInstanceUID: study.studyInstanceUID,
      modality: s.modality,
      seriesDescription: s.seriesDescription ?? '',
      seriesNumber: s.seriesNumber,
      instanceCount: s.instances.length,
      imageIds: manifestInstanceUrls(abs, s).map((u) => `wadouri:${u}`),
      source: 'demo',
      bodyPartExamined: s.bodyPartExamined,
      frameOfReferenceUID: s.frameOfReferenceUID,
      imageOrientationPatient: s.imageOrientationPatient,
    }));
    addStudy(
      {
        studyInstanceUID: study.studyInstanceUID,
        patientName: study.patientName ?? '',
        patientId: study.patientId ?? '',
        issuerOfPatientId: study.issuerOfPatientId,
        studyDate: study.studyDate ?? '',
        studyTime: study.studyTime,
        studyDescription: study.studyDescription ?? '',
        source: 'demo',
      },
      series,
    );
  }
  return true;
}
