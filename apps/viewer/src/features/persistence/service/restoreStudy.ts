import type { Reading } from '@caliper/report';
import { appStore } from '../../../app/store';
import { readDicomWebSettings } from '../../loading/sources/dicomWebSettings';
import type { MappingSkip } from '../mapping/toReading';
import { applyReading } from './applyReading';
import { readingFromPacs } from './pacsReading';
import { noteCreated, readingStore, readyStudies, scheduleSave, studyOfLesion } from './session';

const attempted = new Set<string>();

const report = (source: string, skipped: readonly MappingSkip[] | readonly { path: string; reason: string }[]) =>
  appStore.getState().addErrors(skipped.map((s) => ({ source: `${source}: ${'lesion' in s ? `lesion "${s.lesion}"` : s.path}`, reason: `not restored: ${s.reason}` })));

/** Make an imported/loaded reading current and remember it; its skipped items go to the errors panel. */
export async function useReading(reading: Reading, source: string): Promise<void> {
  noteCreated(reading.studyInstanceUID, reading.createdAt);
  const skipped = await applyReading(reading, studyOfLesion);
  report(source, skipped);
}

/**
 * On opening a study: its reading from this browser (IndexedDB), else from the PACS when the study
 * came from DICOMweb (latest SR + its SEGs). Corrupt or newer-version local records are reported
 * and kept aside by the store. Autosave of the study starts only after this, so an empty state
 * can never overwrite a saved reading.
 */
export async function restoreStudy(studyInstanceUID: string): Promise<void> {
  if (attempted.has(studyInstanceUID)) return;
  attempted.add(studyInstanceUID);
  const { addErrors } = appStore.getState();
  const where = `saved reading of study ${studyInstanceUID}`;
  try {
    const store = await readingStore();
    const loaded = await store.load(studyInstanceUID);
    for (const p of loaded.problems)
      addErrors([{ source: where, reason: `${p.kind === 'newer-version' ? 'written by a newer Caliper' : p.kind}: ${p.message}. It was kept aside (quarantined), not deleted.` }]);
    if (loaded.reading) {
      await useReading(loaded.reading, where);
      return;
    }
    const study = appStore.getState().studies[studyInstanceUID];
    const settings = readDicomWebSettings();
    if (study?.source !== 'dicomweb' || !settings.url) return;
    const r = await readingFromPacs(settings, studyInstanceUID);
    if (!r) return;
    if (!r.ok) {
      addErrors([{ source: `reading on the PACS for study ${studyInstanceUID}`, reason: r.error }]);
      return;
    }
    await useReading(r.value.reading, `reading on the PACS for study ${studyInstanceUID}`);
    report(`reading on the PACS for study ${studyInstanceUID}`, r.value.skipped);
  } catch (e) {
    addErrors([{ source: where, reason: e instanceof Error ? e.message : String(e) }]);
  } finally {
    readyStudies.add(studyInstanceUID);
    scheduleSave();
  }
}

/** Restore every listed study not yet looked at, once nothing is loading (all its series are known). */
export function restorePending(): void {
  const s = appStore.getState();
  if (Object.keys(s.progress).some((k) => k.startsWith('dicomweb:') || k === 'files')) return;
  for (const uid of Object.keys(s.studies)) if (!attempted.has(uid)) void restoreStudy(uid);
}
