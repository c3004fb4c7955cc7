import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { exportCurrentReading } from './exportDicom';
import { PacsError, stowInstances } from './pacsClient';
import { stowRetryDelay } from './stowRetryDelay';
import { flushSaves } from './session';
import { keyImageKos } from '../../presentation/service/keyImageKos';

export interface PacsSaveResult {
  readonly studyInstanceUID: string;
  readonly srBytes: number;
  readonly segCount: number;
  /** Key Object Selection documents stored with the reading (tumour-board key images), one per study. */
  readonly kosCount: number;
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

/**
 * Save to PACS: the reading is first saved locally (so a failure never loses it), then its SR and
 * SEGs are stored with STOW-RS on the configured DICOMweb server. A refused store stays queued: no
 * answer, 408, 429 and 5xx are retried by themselves with back-off (stowRetryDelay); the status
 * shows the failure, the next try and a Retry button. Rejects with a clear message.
 */
export async function saveToPacs(): Promise<PacsSaveResult> {
  if (retryTimer !== undefined) clearTimeout(retryTimer);
  retryTimer = undefined;
  try {
    const r = await storeOnPacs();
    failures = 0;
    appStore.getState().setPersistence({ pacsRetry: undefined });
    return r;
  } catch (e) {
    failures++;
    const status = e instanceof Error && e.cause instanceof PacsError ? e.cause.status : -1;
    const delay = stowRetryDelay(status, failures);
    appStore.getState().setPersistence({ pacsRetry: { attempt: failures, at: delay === null ? null : Date.now() + delay } });
    if (delay !== null) retryTimer = setTimeout(() => void saveToPacs().catch(() => undefined), delay);
    throw e;
  }
}

async function storeOnPacs(): Promise<PacsSaveResult> {
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
    // Once per run of failures: the automatic retries do not fill the errors panel.
    if (failures === 0) addErrors([{ source: 'Save to PACS', reason: `${reason}. The reading is still saved in this browser and stays queued for the PACS.` }]);
    throw new Error(reason, { cause: e });
  }
}
