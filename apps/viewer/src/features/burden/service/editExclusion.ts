import { ensureEngineVolume, engineVolumeInfo } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { useBurden } from '../model/burdenState';
import type { BurdenEditKind, BurdenSnapshot } from '../model/burdenHistory';
import type { CroppedMask } from '@caliper/engine';
import { withExclusion } from '../model/editResult';
import { paintSphere } from '../model/paintSphere';
import { commitBurdenEdit, currentSnapshot } from './burdenEdits';
import { petInfoOf } from './petInfo';

/** The state before the stroke under way (null between strokes): one stroke = one undoable edit. */
let strokeBefore: BurdenSnapshot | null = null;
let rerunId = 0;
/** Data of the mask the current stroke made (only this module holds it): later dabs write into it. */
let strokeData: Uint8Array | null = null;

/**
 * One dab of the exclusion brush (a sphere of `radiusMm` around `centerMm`, patient LPS mm, on the
 * PET grid): drawn at once, lesions unchanged until the stroke ends (finishExclusionStroke).
 * False when there is no result or nothing changed.
 */
export function brushExclusion(centerMm: readonly [number, number, number], radiusMm: number, value: 0 | 1): boolean {
  const st = useBurden.getState();
  const r = st.result;
  const ev = st.seriesUID ? engineVolumeInfo(st.seriesUID) : undefined;
  if (!r || !ev || !(radiusMm > 0)) return false;
  const owned = !!strokeBefore && !!r.exclusionMask && r.exclusionMask.data === strokeData;
  const m = paintSphere(r.exclusionMask, ev.geometry, centerMm, radiusMm, value, { inPlace: owned });
  if (m === r.exclusionMask) return false;
  strokeBefore ??= currentSnapshot();
  strokeData = m?.data ?? null;
  st.set({ result: withExclusion(r, m, 'edited') });
  return true;
}

/** Replaces the whole exclusion (an imported SEG), as one stroke. */
export function replaceExclusion(mask: CroppedMask | null, organs: readonly string[]): boolean {
  const st = useBurden.getState();
  if (!st.result) return false;
  strokeBefore ??= currentSnapshot();
  st.set({ result: withExclusion(st.result, mask, 'seg', organs) });
  return true;
}

/**
 * Ends a stroke: the segmentation runs again in the worker with the edited exclusion (exclude
 * 'mask', same method, threshold inputs and minimum volume), keeping the reader's lesion ids,
 * removals, merges, splits and added lesions where the lesions still exist (reconcileLesions).
 * The stroke and its re-run are one undoable edit. Resolves false when nothing was painted, the
 * run failed (the state before the stroke comes back, the reason in the panel) or a newer stroke superseded it.
 */
export async function finishExclusionStroke(kind: BurdenEditKind, label: string): Promise<boolean> {
  const before = strokeBefore;
  strokeBefore = null;
  strokeData = null;
  const st = useBurden.getState();
  const r = st.result, uid = st.seriesUID;
  if (!before || !r || !uid) return false;
  const id = ++rerunId;
  st.set({ phase: 'Segmenting again with the edited exclusion…' });
  const sent = r.exclusionMask;
  try {
    const ev = await ensureEngineVolume(uid);
    const reply = await measureWorker().burden(ev.id, {
      method: r.method, exclude: 'mask', exclusionMask: sent, exclusionSource: r.exclusion.source === 'seg' ? 'seg' : 'edited', exclusionOrgans: r.exclusion.organs,
      psma: false, minVolumeMl: r.minVolumeMl, liverCenterMm: r.reference.liver?.centerMm ?? null, bloodCenterMm: st.blood,
      bsaM2: r.bsaM2, sulPerSuvbw: petInfoOf(uid)?.sulPerSuvbw ?? null,
      previous: { ids: r.lesions.map((l) => l.id), masks: r.lesionMasks, merged: st.merged.map((g) => Math.min(...g)), added: st.added },
    }, { requestId: id, channel: 'burden' });
    if (reply.cancelled || id !== rerunId) return false;
    if (!reply.ok) throw new Error(reply.error);
    const live = useBurden.getState().result;
    commitBurdenEdit(kind, label, { result: reply.value }, before);
    useBurden.getState().set({ phase: null, error: null });
    // Another stroke began meanwhile: keep what it painted on top of this result (its own re-run follows).
    if (live && live.exclusionMask !== sent) {
      strokeBefore = currentSnapshot();
      useBurden.getState().set({ result: withExclusion(reply.value, live.exclusionMask, live.exclusion.source, live.exclusion.organs) });
    }
    return true;
  } catch (e) {
    if (id === rerunId) useBurden.getState().set({ ...before, phase: null, error: `exclusion edit undone: ${e instanceof Error ? e.message : String(e)}` });
    return false;
  }
}
