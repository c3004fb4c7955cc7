import { getRenderingEngines } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { defaultCacheBudget } from './defaultCacheBudget';
import { planEviction } from './planEviction';

interface Entry {
  bytes: number;
  lastUsed: number;
  /** Every slice decoded (a series still loading is never evicted: its consumers await it). */
  complete: boolean;
}

const MIB = 1024 * 1024;
const SETTING_KEY = 'caliper.cacheBudgetMB';
const entries = new Map<string, Entry>();
const pins = new Map<string, number>();
let clock = 0;
let evictions = 0;
let evictor: ((seriesUID: string) => void) | undefined;
let budgetBytes: number | undefined;
let scheduled = false;
let watching = false;
let retry: ReturnType<typeof setTimeout> | undefined;

/** The budget from `?cacheMB=`, else the stored setting, else the default (a quarter of device memory). */
function initialBudget(): number {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('cacheMB');
  // 0 is allowed: keep only what is on screen or in use.
  if (asked !== null && asked.trim() !== '' && Number(asked) >= 0) return Number(asked) * MIB;
  let stored = NaN;
  try {
    stored = Number(globalThis.localStorage?.getItem(SETTING_KEY));
  } catch {
    // Storage blocked (private mode, sandbox): the default applies.
  }
  if (stored > 0) return stored * MIB;
  return defaultCacheBudget((navigator as Navigator & { deviceMemory?: number }).deviceMemory);
}

export const cacheBudgetBytes = (): number => (budgetBytes ??= initialBudget());

/** How a series is dropped (volumes.ts: its volume, images and pipeline load). */
export function setEvictor(fn: (seriesUID: string) => void): void {
  evictor = fn;
}

const VOLUME_ID = /^(?:caliperVolume|cornerstoneStreamingImageVolume):(.+)$/;

/** Series whose volume is still an actor of a viewport (a pane switching series keeps the old one until the new one is in). */
function inViewports(): Set<string> {
  const out = new Set<string>();
  for (const engine of getRenderingEngines() ?? []) {
    for (const vp of engine.getViewports()) {
      for (const a of vp.getActors?.() ?? []) {
        const m = VOLUME_ID.exec(a.referencedId ?? '');
        if (m) out.add(m[1]);
      }
    }
  }
  return out;
}

/** Series shown in any pane (main or overlay, or still drawn by a viewport): never evicted. */
function onScreen(): Set<string> {
  const out = inViewports();
  for (const a of Object.values(appStore.getState().assignments)) {
    out.add(a.seriesUID);
    if (a.overlayUID) out.add(a.overlayUID);
  }
  return out;
}

function watchScreen(): void {
  if (watching) return;
  watching = true;
  // A series leaving the screen may now be evicted.
  appStore.subscribe((s, prev) => {
    if (s.assignments !== prev.assignments) scheduleEnforce();
  });
}

function scheduleEnforce(): void {
  if (scheduled) return;
  scheduled = true;
  // After the current task: an open assigns its pane right after asking for the volume.
  setTimeout(() => {
    scheduled = false;
    enforceBudget();
  }, 0);
}

/** Evicts least-recently-used series until the rest fit the budget (never shown, loading or pinned ones). */
export function enforceBudget(): string[] {
  const shown = onScreen();
  // The series used last is kept too: it was just asked for, its pane may not be assigned yet.
  const latest = Math.max(0, ...[...entries.values()].map((e) => e.lastUsed));
  const plan = planEviction(
    [...entries].map(([seriesUID, e]) => ({ seriesUID, bytes: e.bytes, lastUsed: e.lastUsed, pinned: !e.complete || e.lastUsed === latest || shown.has(seriesUID) || (pins.get(seriesUID) ?? 0) > 0 })),
    { budgetBytes: cacheBudgetBytes() },
  );
  for (const uid of plan) {
    entries.delete(uid);
    evictions++;
    evictor?.(uid);
  }
  // Still over budget while a viewport lets go of a series (no event says when): look again soon.
  const used = [...entries.values()].reduce((t, e) => t + e.bytes, 0);
  if (used > cacheBudgetBytes() && [...entries].some(([uid, e]) => e.complete && e.lastUsed !== latest && shown.has(uid))) {
    clearTimeout(retry);
    retry = setTimeout(enforceBudget, 1000);
  }
  return plan;
}

/** A series was used (opened, shown, read): most recently used now. `bytes` once its buffer exists. */
export function touchSeries(seriesUID: string, bytes?: number): void {
  watchScreen();
  const e = entries.get(seriesUID);
  if (e) {
    e.lastUsed = ++clock;
    if (bytes !== undefined) e.bytes = bytes;
  } else entries.set(seriesUID, { bytes: bytes ?? 0, lastUsed: ++clock, complete: false });
}

/** Every slice of the series is decoded: it may be evicted from now on (when not on screen). */
export function seriesComplete(seriesUID: string, bytes: number): void {
  touchSeries(seriesUID, bytes);
  entries.get(seriesUID)!.complete = true;
  scheduleEnforce();
}

/** Keeps a series in memory while `fn` reads it (e.g. a measurement copying its voxels). */
export async function withSeriesPinned<T>(seriesUID: string, fn: () => Promise<T>): Promise<T> {
  pins.set(seriesUID, (pins.get(seriesUID) ?? 0) + 1);
  try {
    return await fn();
  } finally {
    const n = (pins.get(seriesUID) ?? 1) - 1;
    if (n > 0) pins.set(seriesUID, n);
    else pins.delete(seriesUID);
    scheduleEnforce();
  }
}

/** Sets the budget (MiB; stored in this browser) and evicts what no longer fits; `undefined` restores the default. */
export function setCacheBudgetMB(mb: number | undefined): void {
  if (mb !== undefined && !(Number.isFinite(mb) && mb >= 0)) throw new Error(`cache budget must be a number of MiB ≥ 0, got ${String(mb)}`);
  try {
    if (mb === undefined) globalThis.localStorage?.removeItem(SETTING_KEY);
    else globalThis.localStorage?.setItem(SETTING_KEY, String(mb));
  } catch {
    // Not persisted: still applies to this tab.
  }
  budgetBytes = mb === undefined ? defaultCacheBudget((navigator as Navigator & { deviceMemory?: number }).deviceMemory) : mb * MIB;
  enforceBudget();
}

export interface CacheInfo {
  readonly budgetMB: number;
  readonly usedMB: number;
  /** Series evicted since the page opened. */
  readonly evictions: number;
  /** Cached series, most recently used first. */
  readonly series: { seriesUID: string; mb: number; pinned: boolean; complete: boolean }[];
}

export function cacheInfo(): CacheInfo {
  const shown = onScreen();
  const list = [...entries].sort((a, b) => b[1].lastUsed - a[1].lastUsed);
  const r = (b: number) => Math.round((b / MIB) * 10) / 10;
  return {
    budgetMB: r(cacheBudgetBytes()),
    usedMB: r(list.reduce((s, [, e]) => s + e.bytes, 0)),
    evictions,
    series: list.map(([seriesUID, e]) => ({ seriesUID, mb: r(e.bytes), pinned: shown.has(seriesUID) || (pins.get(seriesUID) ?? 0) > 0, complete: e.complete })),
  };
}
