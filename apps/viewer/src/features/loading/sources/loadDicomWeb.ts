import { createDicomWebSource, type StudySummary } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { createLimit } from '../pipeline/dicomwebLimit';
import { loadDicomWebSeries } from '../pipeline/dicomwebSeries';
import { loaderMode } from '../pipeline/loaderMode';
import type { DicomWebSettings } from './dicomWebSettings';

const sourceOf = (s: DicomWebSettings) => createDicomWebSource({ url: s.url, token: s.token || undefined });

/** Requests open at once to one DICOMweb server (series streams, metadata, single instances). */
export const DICOMWEB_CONCURRENCY = 4;

/** QIDO-RS study list; errors go to the errors panel and an empty list comes back. */
export async function searchDicomWebStudies(s: DicomWebSettings): Promise<StudySummary[]> {
  const r = await sourceOf(s).searchStudies();
  if (r.ok) return r.value;
  appStore.getState().addErrors([{ source: r.error.file, reason: r.error.reason }]);
  return [];
}

/**
 * Opens a study over DICOMweb: every series retrieved in bulk (streamed multipart WADO-RS, stored
 * transfer syntax, at most DICOMWEB_CONCURRENCY requests at once, each series with its own progress
 * bar). With Caliper's pipeline a series is listed from its metadata and its slices stream into the
 * pipeline as they arrive; with `?loader=cornerstone` it is listed once it has arrived. Resolves
 * with the series UIDs once every series is listed (pixels may still be arriving). Never rejects.
 */
export async function openDicomWebStudy(s: DicomWebSettings, studyInstanceUID: string): Promise<string[]> {
  const { addErrors } = appStore.getState();
  try {
    const series = await sourceOf(s).searchSeries(studyInstanceUID);
    if (!series.ok) {
      addErrors([{ source: series.error.file, reason: series.error.reason }]);
      return [];
    }
    const limit = createLimit(DICOMWEB_CONCURRENCY);
    const url = s.url.replace(/\/+$/, '');
    const headers: Record<string, string> = s.token ? { Authorization: `Bearer ${s.token}` } : {};
    const progressive = loaderMode() === 'caliper';
    const loads = series.value.map((se) => loadDicomWebSeries({ url, headers, study: studyInstanceUID, series: se, limit }, progressive));
    return (await Promise.all(loads.map((l) => l.listed))).flat();
  } catch (e) {
    addErrors([{ source: s.url, reason: e instanceof Error ? e.message : String(e) }]);
    return [];
  }
}
