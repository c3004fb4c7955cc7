import type { Reading } from '@caliper/report';
import { parseReading } from '@caliper/report';
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

/**
 * Content of a reading without its save time, to tell a real change from a re-save: read through the
 * schema first (a loaded reading comes out of it, a built one must be put in the same form: defaults,
 * dropped keys), keys sorted, typed arrays as lists.
 */
function fingerprintOf(reading: unknown, stored?: Reading): string {
  const parsed = parseReading(reading);
  let r: unknown = parsed.ok ? parsed.reading : reading;
  // A lesion just restored has no values until the engine re-measures it: its stored values stand in.
  if (parsed.ok && stored) {
    const byId = new Map(stored.lesions.map((l) => [l.id, l.measurements]));
    r = { ...parsed.reading, lesions: parsed.reading.lesions.map((l) => (l.measurements.length === 0 && byId.get(l.id)?.length ? { ...l, measurements: byId.get(l.id)! } : l)) };
  }
  const canonical = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) return Array.from(v as Uint32Array);
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).filter((k) => k !== 'updatedAt' && (v as Record<string, unknown>)[k] !== undefined).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(canonical(r));
}
const storedContent = new Map<string, { readonly fingerprint: string; readonly reading?: Reading }>();

/** The reading this tab last loaded from or saved to the store. */
export function noteStoredContent(studyInstanceUID: string, reading: Reading): void {
  const parsed = parseReading(reading);
  storedContent.set(studyInstanceUID, { fingerprint: fingerprintOf(reading), ...(parsed.ok ? { reading: parsed.reading } : {}) });
}

/**
 * True when a reading is what the store already holds (but for its time): not saved again, so a tab
 * that only opened a study never bumps its revision under another tab that is editing it.
 */
export function sameAsStored(studyInstanceUID: string, reading: unknown): boolean {
  const stored = storedContent.get(studyInstanceUID);
  return stored !== undefined && stored.fingerprint === fingerprintOf(reading, stored.reading);
}
