import { appStore } from '../../../app/store';
import { useReading } from './restoreStudy';
import { noteLoadedRevision, noteSavedRevision, noteStoredContent } from './revisions';
import { conflicted, currentReading, readingStore, scheduleSave } from './session';

const clear = { conflict: undefined, otherTab: undefined, localError: undefined, localProblem: undefined } as const;

/**
 * Two tabs, one reading: the reader takes the version the other tab saved. It replaces this tab's
 * lesions of the study; this tab's refused version stays in the quarantine (caliper.reading.quarantine()).
 */
export async function loadOtherVersion(studyInstanceUID: string): Promise<void> {
  const loaded = await (await readingStore()).load(studyInstanceUID);
  noteLoadedRevision(studyInstanceUID, loaded.revision ?? 0);
  if (loaded.reading) noteStoredContent(studyInstanceUID, loaded.reading);
  if (loaded.reading) await useReading(loaded.reading, `reading of study ${studyInstanceUID} saved in another tab`);
  conflicted.delete(studyInstanceUID);
  appStore.getState().setPersistence({ ...clear, local: 'saved' });
}

/** Two tabs, one reading: the reader keeps this tab's version; the other tab's is kept in the quarantine. */
export async function keepThisVersion(studyInstanceUID: string): Promise<void> {
  const store = await readingStore();
  const theirs = await store.load(studyInstanceUID);
  const mine = currentReading(studyInstanceUID).reading;
  const revision = await store.save(mine, { expectedRevision: theirs.revision ?? 0, keepReplaced: true });
  noteSavedRevision(studyInstanceUID, revision);
  noteStoredContent(studyInstanceUID, mine);
  conflicted.delete(studyInstanceUID);
  appStore.getState().setPersistence({ ...clear, local: 'saved' });
  scheduleSave();
}
