import type { BurdenMethod } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { useBurden } from '../model/burdenState';
import type { BurdenReply } from '../model/burdenTypes';
import { defaultBurdenMethod } from '../model/defaultMethod';
import { mergeLesions } from '../model/mergeLesions';
import { withLesions } from '../model/editResult';
import { EMPTY_HISTORY } from '../model/burdenHistory';
import { commitBurdenEdit } from './burdenEdits';
import { petInfoOf } from './petInfo';

export interface RunOptions {
  readonly method?: BurdenMethod;
  /** 'auto' (default) or 'none'. */
  readonly exclude?: 'auto' | 'none';
  readonly minVolumeMl?: number;
  /** Liver sphere centre, patient LPS mm (default: the panel's liver reference). */
  readonly liverCenterMm?: readonly [number, number, number] | null;
  readonly bloodCenterMm?: readonly [number, number, number] | null;
}

let requestId = 0;

/**
 * One whole-body segmentation of a PET series in the engine worker (caliper burden's pipeline);
 * the panel's settings fill what `options` leaves out, and the options become the panel's.
 * Progress and errors go to the burden store; resolves to the result, or null when refused (the
 * reason is then in `useBurden.getState().error`) or superseded by a newer run.
 */
export async function runWholeBody(seriesUID: string, options: RunOptions = {}): Promise<BurdenReply | null> {
  const st = useBurden.getState();
  const info0 = petInfoOf(seriesUID);
  const method = options.method ?? st.method ?? defaultBurdenMethod(info0?.family ?? null);
  const excludeAuto = options.exclude ? options.exclude === 'auto' : st.excludeAuto;
  const minVolumeMl = options.minVolumeMl ?? st.minVolumeMl;
  const liverCenterMm = options.liverCenterMm !== undefined ? options.liverCenterMm : (st.liver?.centerMm ?? null);
  const bloodCenterMm = options.bloodCenterMm !== undefined ? options.bloodCenterMm : st.blood;
  st.set({
    method, excludeAuto, minVolumeMl, blood: bloodCenterMm, phase: 'Loading the PET volume…', error: null,
    ...(options.liverCenterMm !== undefined ? { liver: liverCenterMm ? { centerMm: liverCenterMm, source: 'click' as const } : null } : {}),
  });
  const id = ++requestId;
  try {
    const ev = await ensureEngineVolume(seriesUID);
    const suvError = appStore.getState().suv[seriesUID]?.error;
    if (suvError) throw new Error(`SUV cannot be computed: ${suvError}`);
    // The header is parsed once the volume is loaded.
    const info = petInfoOf(seriesUID) ?? info0;
    useBurden.getState().set({ phase: `Segmenting the whole body (${method})…` });
    const r = await measureWorker().burden(ev.id, {
      method,
      exclude: excludeAuto ? 'auto' : 'none',
      psma: info?.family === 'PSMA',
      minVolumeMl,
      liverCenterMm,
      bloodCenterMm,
      bsaM2: info?.bsaM2 ?? null,
      sulPerSuvbw: info?.sulPerSuvbw ?? null,
    }, { requestId: id, channel: 'burden' });
    if (r.cancelled || id !== requestId) return null;
    if (!r.ok) throw new Error(r.error);
    useBurden.getState().set({ result: r.value, seriesUID, removed: [], merged: [], added: [], selected: [], phase: null, error: null, history: EMPTY_HISTORY, editMessage: null, splitPoints: [] });
    return r.value;
  } catch (e) {
    if (id === requestId) useBurden.getState().set({ phase: null, error: e instanceof Error ? e.message : String(e) });
    return null;
  }
}

/** Removes a lesion from the result (totals are recomputed over the kept lesions). */
export function removeBurdenLesion(id: number): boolean {
  const st = useBurden.getState();
  if (!st.result?.lesions.some((l) => l.id === id) || st.removed.includes(id)) return false;
  commitBurdenEdit('remove', `remove #${id}`, { removed: [...st.removed, id] });
  return true;
}

/** Brings back the lesions the reader removed (all of them, or `ids`). */
export function restoreBurdenLesions(ids?: readonly number[]): boolean {
  const st = useBurden.getState();
  const back = ids ? st.removed.filter((id) => ids.includes(id)) : st.removed;
  if (!back.length) return false;
  commitBurdenEdit('restore', `restore ${back.map((id) => `#${id}`).join(', ')}`, { removed: st.removed.filter((id) => !back.includes(id)) });
  return true;
}

/** Merges lesions of the result into one (the reader's call: e.g. a bulky mass split by a thin gap); false when fewer than two exist. */
export function mergeBurdenLesions(ids: readonly number[]): boolean {
  const st = useBurden.getState();
  const kept = ids.filter((id) => !st.removed.includes(id));
  const r = st.result ? mergeLesions(st.result.lesions, st.result.lesionMasks, kept) : null;
  if (!r || !st.result) return false;
  const group = st.result.lesions.filter((l) => kept.includes(l.id)).map((l) => l.id).sort((a, b) => a - b);
  commitBurdenEdit('merge', `merge ${group.map((id) => `#${id}`).join(' + ')}`, { result: withLesions(st.result, r.lesions, r.masks), merged: [...st.merged, group] });
  useBurden.getState().set({ selected: [] });
  return true;
}
