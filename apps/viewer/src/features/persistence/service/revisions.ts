import { appStore } from '../../../app/store';

/**
 * Which stored revision of each study's reading this tab is editing (openReadingStore's SaveOptions):
 * a save from a stale revision is refused, so two tabs can never silently overwrite each other.
 * Tabs also tell each other of every save over a BroadcastChannel, so the reader of the other tab
 * is warned before editing further (the revision check is what protects; the notice is a courtesy).
 */
const revisions = new Map<string, number>();
const CHANNEL = 'caliper-readings';
let channel: BroadcastChannel | null = null;

interface SavedNotice { readonly studyInstanceUID: string; readonly revision: number }

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<SavedNotice>) => {
    const { studyInstanceUID, revision } = e.data ?? {};
    if (typeof studyInstanceUID !== 'string' || typeof revision !== 'number') return;
    const mine = revisions.get(studyInstanceUID);
    if (mine === undefined || revision <= mine) return;
    appStore.getState().setPersistence({ otherTab: { studyInstanceUID, revision } });
  };
  return channel;
}

/** Start listening for other tabs' saves. */
export function listenToOtherTabs(): void {
  ensureChannel();
}

/** The revision this tab last loaded or saved (undefined: never looked up, last writer wins). */
export const revisionOf = (studyInstanceUID: string): number | undefined => revisions.get(studyInstanceUID);

/** A reading was loaded (or found absent: 0) from this browser's store. */
export function noteLoadedRevision(studyInstanceUID: string, revision: number): void {
  revisions.set(studyInstanceUID, revision);
  const o = appStore.getState().persistence.otherTab;
  if (o?.studyInstanceUID === studyInstanceUID && o.revision <= revision) appStore.getState().setPersistence({ otherTab: undefined });
}

/** This tab saved: remember the new revision and tell the other tabs. */
export function noteSavedRevision(studyInstanceUID: string, revision: number): void {
  revisions.set(studyInstanceUID, revision);
  ensureChannel()?.postMessage({ studyInstanceUID, revision } satisfies SavedNotice);
}

/** Content of a reading without its save time (typed arrays as lists), to tell a real change from a re-save. */
const fingerprintOf = (reading: unknown): string =>
  JSON.stringify(reading, (k, v: unknown) => (k === 'updatedAt' ? undefined : ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v));
const storedContent = new Map<string, string>();

/** The reading this tab last loaded from or saved to the store. */
export function noteStoredContent(studyInstanceUID: string, reading: unknown): void {
  storedContent.set(studyInstanceUID, fingerprintOf(reading));
}

/**
 * True when a reading is what the store already holds (but for its time): not saved again, so a tab
 * that only opened a study never bumps its revision under another tab that is editing it.
 */
export const sameAsStored = (studyInstanceUID: string, reading: unknown): boolean => storedContent.get(studyInstanceUID) === fingerprintOf(reading);
