import type { Autosave, Reading, ReadingStore } from '@caliper/report';
import { createAutosave, openReadingStore, ReadingConflictError } from '@caliper/report';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import type { MappingSkip } from '../mapping/toReading';
import { toReading } from '../mapping/toReading';
import { seriesInfoOf } from './seriesLookup';
import { withHeldOf } from './held';
import { longitudinalOf } from '../../response/service/longitudinalOf';
import { burdenStudy, withBurden } from './burdenReading';
import { explainLocalSaveError } from './explainLocalSaveError';
import { noteSavedRevision, noteStoredContent, revisionOf, sameAsStored } from './revisions';

/** Per-study bookkeeping of the reading session (module state: one app per page). */
const createdAt = new Map<string, string>();
/** Studies whose saved reading has been looked for (local, then PACS): only these are autosaved. */
export const readyStudies = new Set<string>();
/** Studies that have (had) a reading: saved even when their last lesion is deleted. */
const knownStudies = new Set<string>();
const autosaves = new Map<string, Autosave>();
let storePromise: Promise<ReadingStore> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export const DEBOUNCE_MS = 400;

/** The IndexedDB reading store, opened once (opened again on the next use if opening failed). */
export function readingStore(): Promise<ReadingStore> {
  if (!storePromise) {
    storePromise = openReadingStore();
    storePromise.catch(() => { storePromise = null; });
  }
  return storePromise;
}

/** Studies whose save met another tab's newer revision: not autosaved until the reader resolves it. */
export const conflicted = new Set<string>();

/** True from a failed local save until the next one that succeeds: the reader is told once per episode. */
let faultTold = false;

/**
 * A local save failed. The reading stays in memory and the autosave retries it on the next change;
 * the reader is told once (toast + Reading panel, which offers a download). A conflict with another
 * tab stops autosave of that study until the reader chooses whose version to keep (resolveConflict.ts).
 */
function onLocalSaveError(studyUID: string, e: unknown): void {
  const p = explainLocalSaveError(e);
  const { setPersistence, pushToast, addErrors } = appStore.getState();
  if (e instanceof ReadingConflictError) {
    autosaves.get(studyUID)?.dispose();
    autosaves.delete(studyUID);
    conflicted.add(studyUID);
    setPersistence({ local: 'error', localError: p.message, localProblem: 'conflict', conflict: { studyInstanceUID: studyUID, storedRevision: e.storedRevision, message: p.message }, studyInstanceUID: studyUID });
    pushToast({ kind: 'error', title: 'Reading changed in another tab', text: 'Nothing was overwritten and your version is kept. In the Reading panel, load the other version or keep yours.' });
    return;
  }
  setPersistence({ local: 'error', localError: p.message, localProblem: p.kind, studyInstanceUID: studyUID });
  // A database closed under the page (another tab upgrading or deleting it) is opened again on the next try.
  if (p.kind === 'unavailable') storePromise = null;
  if (faultTold) return;
  faultTold = true;
  const text = 'The reading is kept in this tab and saving is retried at each change; download it (Reading panel) so it survives closing the tab.';
  pushToast({ kind: 'error', title: 'Reading not saved in this browser', text: `${p.message}. ${text}` });
  addErrors([{ source: 'Saving the reading in this browser', reason: `${p.message}. ${text}` }]);
}


export function studyOfLesion(l: Lesion): string | undefined {
  const { series } = appStore.getState();
  for (const uid of l.seriesUIDs) if (series[uid]) return series[uid].studyInstanceUID;
  return undefined;
}

export function noteCreated(studyUID: string, at: string): void {
  createdAt.set(studyUID, at);
  knownStudies.add(studyUID);
}

/** The current reading of a study, built from the measure feature's state. */
export function currentReading(studyUID: string): { reading: Reading; skipped: MappingSkip[] } {
  const s = appStore.getState();
  const now = new Date().toISOString();
  if (!createdAt.has(studyUID)) createdAt.set(studyUID, now);
  const suvOverrides = Object.fromEntries(Object.entries(s.suvOverrides).filter(([uid]) => s.series[uid]?.studyInstanceUID === studyUID));
  const built = toReading({
    studyInstanceUID: studyUID, lesions: s.lesions.filter((l) => studyOfLesion(l) === studyUID), results: s.results, suvOverrides, radiomics: s.radiomicsByLesion,
    series: seriesInfoOf, createdAt: createdAt.get(studyUID)!, now,
  });
  // The patient's course: baseline, exclusions, alignment, criterion and this timepoint's response.
  const longitudinal = longitudinalOf(s, studyUID, now);
  const reading = longitudinal ? { ...built.reading, longitudinal } : built.reading;
  // Saved lesions that could not be restored stay in the reading as they were saved; the whole-body burden goes with it.
  return { reading: withBurden(withHeldOf(reading)), skipped: built.skipped };
}

function autosaveOf(studyUID: string): Autosave {
  let a = autosaves.get(studyUID);
  if (a) return a;
  a = createAutosave(async (r) => {
    const revision = await (await readingStore()).save(r, { expectedRevision: revisionOf(studyUID) });
    noteSavedRevision(studyUID, revision);
    noteStoredContent(studyUID, r);
  }, {
    delayMs: 0,
    // The autosave counts this save as in flight until onSaved returns: look once it has.
    onSaved: () => setTimeout(() => {
      faultTold = false;
      if (timer === undefined && ![...autosaves.values()].some((x) => x.pending) && conflicted.size === 0) appStore.getState().setPersistence({ local: 'saved', localError: undefined, localProblem: undefined });
    }, 0),
    onError: (e) => onLocalSaveError(studyUID, e),
  });
  autosaves.set(studyUID, a);
  return a;
}

/** Build and queue the reading of every ready study that has (or had) lesions. */
function saveDirtyNow(): void {
  timer = undefined;
  const s = appStore.getState();
  for (const l of s.lesions) {
    const st = studyOfLesion(l);
    if (st) knownStudies.add(st);
  }
  const wb = burdenStudy();
  if (wb) knownStudies.add(wb);
  for (const uid of Object.keys(s.suvOverrides)) {
    const st = s.series[uid]?.studyInstanceUID;
    if (st) knownStudies.add(st);
  }
  for (const st of knownStudies) {
    if (!readyStudies.has(st) || conflicted.has(st)) continue;
    try {
      const { reading } = currentReading(st);
      if (sameAsStored(st, reading) && !autosaves.get(st)?.pending) continue;
      autosaveOf(st).schedule(reading);
      appStore.getState().setPersistence({ local: 'saving', studyInstanceUID: st });
    } catch (e) {
      appStore.getState().setPersistence({ local: 'error', localError: e instanceof Error ? e.message : String(e), studyInstanceUID: st });
    }
  }
}

/** A lesion, result or shape changed: save after a quiet period. */
export function scheduleSave(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(saveDirtyNow, DEBOUNCE_MS);
}

/** Save every pending reading now (pagehide, before Save to PACS, tests) and wait for it. */
export async function flushSaves(): Promise<void> {
  if (timer !== undefined) {
    clearTimeout(timer);
    saveDirtyNow();
  }
  await Promise.all([...autosaves.values()].map((a) => a.flush()));
}
