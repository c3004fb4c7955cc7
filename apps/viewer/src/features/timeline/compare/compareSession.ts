import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { prepareSeries } from '../../../viewports/prepareSeries';
import { whenLayout } from '../../../viewports/controller';
import { IDENTITY } from '../align/rigidTransform';
import { bindCompareSync, type CompareSyncBinding } from './bindCompareSync';
import { alignmentFor, quickAlignment } from './alignmentFor';
import { readGeometry } from './readGeometry';
import { savedAlignment } from '../persist/timelinePersistence';

let binding: { priorUID: string; currentUID: string; sync: CompareSyncBinding } | undefined;
let pending: { priorUID: string; currentUID: string } | undefined;
let generation = 0;
let settled: Promise<void> = Promise.resolve();

const transform = () => appStore.getState().compareAlignment?.transform ?? IDENTITY;

/** Resolves when the latest (re)binding finished (synchronised, or failed with a status). */
export const compareSettled = (): Promise<void> => settled;

/** Stops synchronising (leaving the compare layout). */
export function unbindCompare(): void {
  generation++;
  pending = undefined;
  binding?.sync.unbind();
  binding = undefined;
}

async function bind(prior: SeriesEntry, current: SeriesEntry, gen: number): Promise<void> {
  const st = appStore.getState();
  st.setCompareStatus({ state: 'aligning', message: 'Reading both series’ geometry…' });
  const [pIds, cIds] = await Promise.all([prepareSeries(prior), prepareSeries(current), whenLayout('compare')]);
  if (gen !== generation) return;
  const pg = readGeometry(prior.seriesInstanceUID, pIds);
  const cg = readGeometry(current.seriesInstanceUID, cIds);
  if (typeof pg === 'string' || typeof cg === 'string') {
    const why = typeof pg === 'string' ? `prior: ${pg}` : `current: ${cg}`;
    appStore.getState().setCompareStatus({ state: 'error', message: `Not synchronised (${why})` });
    return;
  }
  // Synchronise at once with what is known now; registration (when plugged in) refines it after.
  const quick = quickAlignment(prior, current, { prior: pg, current: cg }, appStore.getState().compareAlignment, savedAlignment);
  appStore.getState().setCompareAlignment(quick.record);
  binding?.sync.unbind();
  const sync = bindCompareSync({ prior: pg, current: cg }, transform, prior.modality === current.modality);
  binding = { priorUID: prior.seriesInstanceUID, currentUID: current.seriesInstanceUID, sync };
  const { compareSync } = appStore.getState();
  sync.setEnabled(compareSync);
  sync.followCurrent(compareSync.voi);
  if (!quick.final) {
    appStore.getState().setCompareStatus({ state: 'ready', refining: true, message: 'Registering prior and current…' });
    const refined = await alignmentFor(prior, current, { prior: pg, current: cg }, null, savedAlignment);
    if (gen !== generation) return;
    // The reader's landmark made meanwhile wins over the registration.
    if (appStore.getState().compareAlignment === quick.record) {
      appStore.getState().setCompareAlignment(refined);
      sync.followCurrent(false);
    }
  }
  appStore.getState().setCompareStatus({ state: 'ready' });
}

/**
 * (Re)binds synchronisation to the series shown in the compare slots: reads both stacks' headers
 * and geometry, gets the alignment, then links the viewports. A newer call supersedes an older one.
 */
export function bindCompare(prior: SeriesEntry, current: SeriesEntry): Promise<void> {
  const same = (p?: { priorUID: string; currentUID: string }) => p?.priorUID === prior.seriesInstanceUID && p.currentUID === current.seriesInstanceUID;
  if (same(pending) || (!pending && same(binding))) return settled;
  const gen = ++generation;
  pending = { priorUID: prior.seriesInstanceUID, currentUID: current.seriesInstanceUID };
  settled = bind(prior, current, gen)
    .catch((e: unknown) => {
      if (gen === generation) appStore.getState().setCompareStatus({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    })
    .finally(() => {
      if (gen === generation) pending = undefined;
    });
  return settled;
}

/** After the alignment or the sync switches changed: apply them and bring the prior to the current. */
export function refollow(): void {
  if (!binding) return;
  const { compareSync } = appStore.getState();
  binding.sync.setEnabled(compareSync);
  binding.sync.followCurrent(false);
}

export const boundPair = (): { priorUID: string; currentUID: string } | undefined =>
  binding ? { priorUID: binding.priorUID, currentUID: binding.currentUID } : undefined;
