import { createDicomWebSource, type StudySummary } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { registerInstances } from './registerInstances';
import { incompleteSeries } from './incompleteSeries';
import type { DicomWebSettings } from './dicomWebSettings';

const sourceOf = (s: DicomWebSettings) => createDicomWebSource({ url: s.url, token: s.token || undefined });

/** QIDO-RS study list; errors go to the errors panel and an empty list comes back. */
export async function searchDicomWebStudies(s: DicomWebSettings): Promise<StudySummary[]> {
  const r = await sourceOf(s).searchStudies();
  if (r.ok) return r.value;
  appStore.getState().addErrors([{ source: r.error.file, reason: r.error.reason }]);
  return [];
}

/** Retrieves every series of a study with WADO-RS and adds it to the browser. Never rejects. */
export async function openDicomWebStudy(s: DicomWebSettings, studyInstanceUID: string): Promise<string[]> {
  const src = sourceOf(s);
  const { addErrors, setProgress } = appStore.getState();
  const key = `dicomweb:${studyInstanceUID}`;
  try {
    const series = await src.searchSeries(studyInstanceUID);
    if (!series.ok) {
      addErrors([{ source: series.error.file, reason: series.error.reason }]);
      return [];
    }
    const added: string[] = [];
    let done = 0;
    for (const se of series.value) {
      setProgress(key, { label: `Retrieving ${se.modality ?? ''} ${se.seriesDescription ?? se.seriesInstanceUID}`, done, total: series.value.length });
      const r = await src.retrieveSeries(studyInstanceUID, se.seriesInstanceUID);
      const short = incompleteSeries(`${s.url.replace(/\/+$/, '')}/studies/${studyInstanceUID}/series/${se.seriesInstanceUID}`, se.numberOfInstances, r.instances.length + r.errors.length);
      // A retrieve that failed outright is already named by its error; a partial one is named here.
      if (short && r.instances.length > 0) addErrors([short]);
      added.push(...(await registerInstances(r, 'dicomweb')));
      done++;
    }
    return added;
  } catch (e) {
    addErrors([{ source: s.url, reason: e instanceof Error ? e.message : String(e) }]);
    return [];
  } finally {
    setProgress(key, null);
  }
}
