import type { Autosave, Reading, ReadingStore } from '@caliper/report';
import { createAutosave, openReadingStore } from '@caliper/report';
import { appStore } from '../../../app/store';
import type { Lesion } from '../../measure/model/lesion';
import type { MappingSkip } from '../mapping/toReading';
import { toReading } from '../mapping/toReading';
import { seriesInfoOf } from './seriesLookup';
import { withHeldOf } from './held';
import { longitudinalOf } from '../../response/service/longitudinalOf';
import { burdenStudy, withBurden } from './burdenReading';

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

/** The IndexedDB reading store, opened once. */
export function readingStore(): Promise<ReadingStore> {
  storePromise ??= openReadingStore();
  return storePromise;
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
  a = createAutosave(async (r) => (await readingStore()).save(r), {
    delayMs: 0,
    // The autosave counts this save as in flight until onSaved returns: look once it has.
    onSaved: () => setTimeout(() => {
      if (timer === undefined && ![...autosaves.values()].some((x) => x.pending)) appStore.getState().setPersistence({ local: 'saved', localError: undefined });
    }, 0),
    onError: (e) => appStore.getState().setPersistence({ local: 'error', localError: e instanceof Error ? e.message : String(e) }),
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
    if (!readyStudies.has(st)) continue;
    try {
      autosaveOf(st).schedule(currentReading(st).reading);
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
