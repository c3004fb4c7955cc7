import type { Reading } from '@caliper/report';
import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import type { MappingSkip } from '../mapping/toReading';
import { applyReading } from './applyReading';
import { readingFromPacs } from './pacsReading';
import { noteCreated, readingStore, readyStudies, scheduleSave, studyOfLesion } from './session';
import { noteLoadedRevision, noteStoredContent } from './revisions';

/** Studies looked up in IndexedDB, and on the PACS. */
const lookedUpLocal = new Set<string>();
const lookedUpPacs = new Set<string>();
/** Studies whose reading came from somewhere (local or PACS): not looked up again. */
const restored = new Set<string>();

const report = (source: string, skipped: readonly MappingSkip[] | readonly { path: string; reason: string }[]) =>
  appStore.getState().addErrors(skipped.map((s) => ({ source: `${source}: ${'lesion' in s ? `lesion "${s.lesion}"` : s.path}`, reason: `not restored: ${s.reason}` })));

/** Make an imported/loaded reading current and remember it; its skipped items go to the errors panel. */
export async function useReading(reading: Reading, source: string): Promise<void> {
  noteCreated(reading.studyInstanceUID, reading.createdAt);
  const skipped = await applyReading(reading, studyOfLesion);
  report(source, skipped);
}

/**
 * On opening a study: its reading from this browser (IndexedDB), else, when it was opened from
 * DICOMweb, from the PACS (latest SR + its SEGs). Corrupt or newer-version local records are
 * reported and kept aside by the store. Autosave of the study starts only after this, so an empty
 * state can never overwrite a saved reading.
 */
export async function restoreStudy(studyInstanceUID: string, fromDicomWeb = false): Promise<void> {
  if (restored.has(studyInstanceUID)) return;
  const doLocal = !lookedUpLocal.has(studyInstanceUID);
  const doPacs = fromDicomWeb && !lookedUpPacs.has(studyInstanceUID);
  if (!doLocal && !doPacs) return;
  lookedUpLocal.add(studyInstanceUID);
  if (doPacs) lookedUpPacs.add(studyInstanceUID);
  const { addErrors } = appStore.getState();
  const where = `saved reading of study ${studyInstanceUID}`;
  try {
    if (doLocal) {
      const store = await readingStore();
      const loaded = await store.load(studyInstanceUID);
      noteLoadedRevision(studyInstanceUID, loaded.revision ?? 0);
      for (const p of loaded.problems)
        addErrors([{ source: where, reason: `${p.kind === 'newer-version' ? 'written by a newer Caliper' : p.kind}: ${p.message}. It was kept aside (quarantined), not deleted.` }]);
      if (loaded.reading) {
        noteStoredContent(studyInstanceUID, loaded.reading);
        restored.add(studyInstanceUID);
        await useReading(loaded.reading, where);
        return;
      }
    }
    const settings = readDicomWebSettings();
    if (!doPacs || !settings.url) return;
    const pacsWhere = `reading on the PACS for study ${studyInstanceUID}`;
    const r = await readingFromPacs(settings, studyInstanceUID);
    if (!r) return;
    if (!r.ok) {
      addErrors([{ source: pacsWhere, reason: r.error }]);
      return;
    }
    restored.add(studyInstanceUID);
    await useReading(r.value.reading, pacsWhere);
    report(pacsWhere, r.value.skipped);
  } catch (e) {
    addErrors([{ source: where, reason: e instanceof Error ? e.message : String(e) }]);
  } finally {
    readyStudies.add(studyInstanceUID);
    scheduleSave();
  }
}

/** Restore the studies of the series shown in viewports (once loading has finished). */
export function restoreShown(): void {
  const s = appStore.getState();
  if (Object.keys(s.progress).some((k) => k.startsWith('dicomweb:') || k === 'files')) return;
  for (const a of Object.values(s.assignments)) {
    for (const uid of [a.seriesUID, a.overlayUID]) {
      const se = uid ? s.series[uid] : undefined;
      if (se) void restoreStudy(se.studyInstanceUID, se.source === 'dicomweb');
    }
  }
}
