import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { stowInstances } from '../../persistence/service/pacsClient';
import { parametricMapFile } from './exportMaps';
import type { MapResult } from './mapJobState';

/** Stores the Parametric Map of every listed parameter on the configured DICOMweb server (STOW-RS); says what happened in a toast. */
export async function storeMapsOnPacs(r: MapResult): Promise<void> {
  const settings = readDicomWebSettings();
  const { pushToast } = appStore.getState();
  if (!settings.url) {
    pushToast({ kind: 'error', title: 'Maps not stored', text: 'No DICOMweb server is configured (set it in "Open DICOMweb").' });
    return;
  }
  const study = String(r.source.slices[0]?.StudyInstanceUID ?? '');
  try {
    await stowInstances(settings, study, r.series.map((s) => parametricMapFile(r, s.parameter).bytes));
    pushToast({ kind: 'success', title: `Stored ${r.series.length} Parametric Maps on the PACS`, text: settings.url });
  } catch (e) {
    pushToast({ kind: 'error', title: 'Maps not stored on the PACS', text: e instanceof Error ? e.message : String(e) });
  }
}
