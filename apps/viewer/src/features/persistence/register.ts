import { appStore } from '../../app/store';
import { featurePanels } from '../../app/featurePanels';
import { exportCurrentReading } from './service/exportDicom';
import { importDicomObjects } from './service/importDicomFiles';
import { restoreShown, restoreStudy } from './service/restoreStudy';
import { saveToPacs } from './service/saveToPacs';
import { currentReading, flushSaves, readingStore, scheduleSave } from './service/session';
import { ReadingPanel } from './ui/ReadingPanel';
import { readingBenchHooks } from './service/benchHooks';
import { listenToOtherTabs } from './service/revisions';
import { keepThisVersion, loadOtherVersion } from './service/resolveConflict';
import { downloadReading } from './ui/downloadReading';
import { useBurden } from '../burden/model/burdenState';
import { useScores } from '../burden/model/scoresState';

let started = false;

/**
 * Hooks persistence into the shell: the Reading panel, autosave on every lesion/result/SUV-input change,
 * restore on study open, flush on pagehide, and window.caliper.exportDicom / saveToPacs.
 */
export function registerPersistence(): void {
  if (started) return;
  started = true;
  featurePanels.push({ id: 'persistence', Component: ReadingPanel });
  // Ask once that the readings survive storage pressure (Storage Standard §4.5); the answer is shown in the status.
  void navigator.storage?.persist?.().then((persisted) => appStore.getState().setPersistence({ persisted }), () => undefined);
  listenToOtherTabs();
  let restoreTimer: ReturnType<typeof setTimeout> | undefined;
  appStore.subscribe((s, prev) => {
    if (s.lesions !== prev.lesions || s.results !== prev.results || s.suvOverrides !== prev.suvOverrides || s.radiomicsByLesion !== prev.radiomicsByLesion) scheduleSave();
    if (s.assignments !== prev.assignments || s.progress !== prev.progress || s.series !== prev.series) {
      if (restoreTimer !== undefined) clearTimeout(restoreTimer);
      restoreTimer = setTimeout(restoreShown, 300);
    }
  });
  // The whole-body burden (its result and the reader's edits) and the confirmed scores are saved like lesions.
  // The response panel reads them too (PSMA-TV, whole-body Deauville / SULpeak).
  useBurden.subscribe((s, prev) => {
    if (s.result !== prev.result || s.removed !== prev.removed || s.merged !== prev.merged || s.seriesUID !== prev.seriesUID) {
      scheduleSave();
      appStore.getState().bumpResponseBurden();
    }
  });
  useScores.subscribe((s, prev) => {
    if (s.confirmed !== prev.confirmed || s.references !== prev.references || s.hypoxia !== prev.hypoxia) {
      scheduleSave();
      if (s.confirmed !== prev.confirmed) appStore.getState().bumpResponseBurden();
    }
  });
  addEventListener('pagehide', () => void flushSaves());
  addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void flushSaves(); });
  const api = window.caliper;
  api.extend('exportDicom', async (studyUID?: string) => {
    const e = exportCurrentReading(studyUID);
    return { sr: e.sr, ...(e.seg ? { seg: e.seg } : {}) };
  });
  api.extend('saveToPacs', saveToPacs);
  api.extend('reading', {
    /** Save pending changes to IndexedDB now. */
    flush: flushSaves,
    /** The current reading of a study as it would be saved, and what the mapping left out. */
    current: (studyUID: string) => currentReading(studyUID),
    /** Status shown in the Reading panel. */
    status: () => appStore.getState().persistence,
    /** Saved readings in this browser (study, lesion count, updatedAt). */
    list: async () => (await readingStore()).list(),
    /** Records set aside (corrupt, newer version, pre-migration originals). */
    quarantine: async () => (await readingStore()).quarantine.list(),
    /** Restore a study's reading now (normally automatic on open). */
    restore: (studyUID: string, fromDicomWeb = false) => restoreStudy(studyUID, fromDicomWeb),
    /** Benchmark helpers (e2e/bench/reading.bench.ts). */
    bench: readingBenchHooks,
    /** Two tabs, one reading: take the other tab's saved version, or keep this one (the other is kept aside). */
    loadOtherVersion, keepThisVersion,
    /** Download the reading as JSON (offered when this browser cannot keep it). */
    download: downloadReading,
    /** Import SR/SEG Part 10 objects. */
    importDicom: (objects: Uint8Array[]) => importDicomObjects(objects),
  });
}
