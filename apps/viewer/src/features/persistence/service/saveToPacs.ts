import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { exportCurrentReading } from './exportDicom';
import { stowInstances } from './pacsClient';
import { flushSaves } from './session';
import { keyImageKos } from '../../presentation/service/keyImageKos';

export interface PacsSaveResult {
  readonly studyInstanceUID: string;
  readonly srBytes: number;
  readonly segCount: number;
  /** Key Object Selection documents stored with the reading (tumour-board key images), one per study. */
  readonly kosCount: number;
}

/**
 * Save to PACS: the reading is first saved locally (so a failure never loses it), then its SR and
 * SEGs are stored with STOW-RS on the configured DICOMweb server. Rejects with a clear message;
 * the status bar shows it with a Retry.
 */
export async function saveToPacs(): Promise<PacsSaveResult> {
  const { setPersistence, addErrors } = appStore.getState();
  setPersistence({ pacs: 'saving', pacsError: undefined });
  try {
    await flushSaves();
    const settings = readDicomWebSettings();
    if (!settings.url) throw new Error('Not saved to PACS: no DICOMweb server is configured (set it in "Open DICOMweb")');
    const exp = exportCurrentReading();
    await stowInstances(settings, exp.studyInstanceUID, [exp.sr, ...exp.segs.map((s) => s.bytes)]);
    // Key images of the tumour board (if any) as KOS documents, each stored in the study it shows.
    const kos = keyImageKos();
    for (const k of kos) await stowInstances(settings, k.studyInstanceUID, [k.bytes]);
    setPersistence({ pacs: 'saved', pacsError: undefined, studyInstanceUID: exp.studyInstanceUID });
    return { studyInstanceUID: exp.studyInstanceUID, srBytes: exp.sr.length, segCount: exp.segs.length, kosCount: kos.length };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    setPersistence({ pacs: 'error', pacsError: reason });
    addErrors([{ source: 'Save to PACS', reason: `${reason}. The reading is still saved in this browser; retry when the server is back.` }]);
    throw new Error(reason, { cause: e });
  }
}
