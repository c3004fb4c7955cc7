import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { useBurden } from '../model/burdenState';
import { nextLesionId, withAddedLesion, withSplitLesion } from '../model/editResult';
import { commitBurdenEdit } from './burdenEdits';

/** What an add or split did: the lesion ids it made, or why it was refused. */
export type EditOutcome = { readonly ok: true; readonly ids: readonly number[] } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): EditOutcome => {
  useBurden.getState().set({ editMessage: reason });
  return { ok: false, reason };
};

/**
 * The reader adds the lesion under a point (patient LPS mm) with the run's threshold (engine
 * addLesionAt in the worker; with `rayDirection`, a MIP click: the brightest voxel along that line). A point in a lesion the reader removed brings that lesion back.
 * Refused, with the reason in the panel, below the threshold, in a kept lesion or in the exclusion.
 */
export async function addBurdenLesion(pointMm: readonly [number, number, number], rayDirection: readonly [number, number, number] | null = null): Promise<EditOutcome> {
  const st = useBurden.getState();
  const r = st.result;
  if (!r || !st.seriesUID) return refuse('run the whole-body segmentation first');
  const ev = await ensureEngineVolume(st.seriesUID);
  const reply = await measureWorker().burdenAdd(ev.id, {
    pointMm: [pointMm[0], pointMm[1], pointMm[2]], rayDirection, thresholdSuv: r.thresholdSuv, fraction: r.method === 'pct41' ? 0.41 : null,
    exclusionMask: r.exclusionMask, lesionIds: r.lesions.map((l) => l.id), lesionMasks: r.lesionMasks, id: nextLesionId(r),
  }, { requestId: 0 });
  if (reply.cancelled) return refuse('cancelled');
  if (!reply.ok) return refuse(reply.error);
  const v = reply.value;
  // The result may have changed while the worker ran (another edit): apply to the latest.
  const now = useBurden.getState();
  if (now.result !== r) return refuse('the result changed meanwhile: click again');
  if (v.added) {
    commitBurdenEdit('add', `add #${v.lesion.id}`, { result: withAddedLesion(r, v.lesion, v.mask), added: [...now.added, v.lesion.id] });
    return { ok: true, ids: [v.lesion.id] };
  }
  if (v.kind === 'in-lesion' && v.lesionId !== undefined && now.removed.includes(v.lesionId)) {
    commitBurdenEdit('restore', `restore #${v.lesionId}`, { removed: now.removed.filter((id) => id !== v.lesionId) });
    return { ok: true, ids: [v.lesionId] };
  }
  return refuse(v.kind === 'excluded' ? `${v.message} (Erase brush)` : v.message);
}

/**
 * The reader splits lesion `id` between two or more points inside it (engine splitLesion: nearest
 * point by geodesic distance inside the lesion); the first part keeps the id, the others take new ids.
 */
export async function splitBurdenLesion(id: number, pointsMm: readonly (readonly [number, number, number])[]): Promise<EditOutcome> {
  const st = useBurden.getState();
  const r = st.result;
  if (!r || !st.seriesUID) return refuse('run the whole-body segmentation first');
  const at = r.lesions.findIndex((l) => l.id === id);
  if (at < 0 || st.removed.includes(id)) return refuse(`no lesion #${id}`);
  if (pointsMm.length < 2) return refuse(`a split needs at least two points inside lesion #${id}`);
  const first = nextLesionId(r);
  const ids = [id, ...pointsMm.slice(1).map((_, i) => first + i)];
  const ev = await ensureEngineVolume(st.seriesUID);
  const reply = await measureWorker().burdenSplit(ev.id, { mask: r.lesionMasks[at], pointsMm: pointsMm.map((p) => [p[0], p[1], p[2]] as const), ids }, { requestId: 0 });
  if (reply.cancelled) return refuse('cancelled');
  if (!reply.ok) return refuse(`split of #${id}: ${reply.error}`);
  if (useBurden.getState().result !== r) return refuse('the result changed meanwhile: split again');
  commitBurdenEdit('split', `split #${id} into ${ids.map((x) => `#${x}`).join(', ')}`, { result: withSplitLesion(r, id, reply.value.lesions, reply.value.masks) });
  return { ok: true, ids };
}
