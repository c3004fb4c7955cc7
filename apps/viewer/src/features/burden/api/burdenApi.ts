import type { BurdenLesion } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { useBurden } from '../model/burdenState';
import { burdenReport } from '../model/burdenReport';
import type { BurdenReportJson } from '../model/burdenReport';
import { displayedPet } from '../service/displayedPet';
import { petInfoOf } from '../service/petInfo';
import { mergeBurdenLesions, removeBurdenLesion, restoreBurdenLesions, runWholeBody } from '../service/runWholeBody';
import { redoBurdenEdit, undoBurdenEdit } from '../service/burdenEdits';
import { addBurdenLesion, splitBurdenLesion } from '../service/editLesions';
import type { EditOutcome } from '../service/editLesions';
import { brushExclusion, finishExclusionStroke } from '../service/editExclusion';
import { exportExclusionSeg, importExclusionSeg } from '../service/exclusionSegFiles';

type Mm = readonly [number, number, number];

/** One brush dab and its re-run; resolves to the document after it (the exclusion unchanged: null). */
async function brush(centerMm: Mm, radiusMm: number, value: 0 | 1): Promise<BurdenReportJson | null> {
  if (!brushExclusion(centerMm, radiusMm, value)) return null;
  await finishExclusionStroke(value ? 'paint' : 'erase', `${value ? 'paint' : 'erase'} exclusion (${radiusMm} mm brush)`);
  return current();
}
import type { RunOptions } from '../service/runWholeBody';
import { scoresApi } from './scoresApi';

const current = (): BurdenReportJson | null => {
  const st = useBurden.getState();
  if (!st.result || !st.seriesUID) return null;
  const info = petInfoOf(st.seriesUID);
  return burdenReport(st.result, st.removed, info?.tracer ?? null, info?.label ?? st.seriesUID, st.merged);
};

/**
 * `window.caliper.burden`: the Whole-body PET panel's actions (docs/api.md). `run` segments the
 * displayed PET series (or `options.seriesUID`) with the panel's settings overridden by `options`,
 * and resolves to `caliper burden --json`'s document (lesions, totals, reference, exclusion…);
 * it rejects with the reason when the burden cannot be computed (e.g. SUV not computable).
 */
export const burdenApi = {
  async run(options: RunOptions & { seriesUID?: string } = {}): Promise<BurdenReportJson> {
    const uid = options.seriesUID ?? displayedPet(appStore.getState());
    if (!uid) throw new Error('no PET series displayed');
    const r = await runWholeBody(uid, options);
    if (!r) throw new Error(useBurden.getState().error ?? 'superseded by a newer run');
    return current()!;
  },
  /** The kept lesions of the last result (SUVbw, mL, LPS mm). */
  lesions: (): readonly BurdenLesion[] => current()?.lesions ?? [],
  /** The last result as `caliper burden --json` (without the removed lesions), or null. */
  result: (): BurdenReportJson | null => current(),
  /** Removes a lesion from the result; false when there is no such lesion. Totals update. */
  remove: (id: number): boolean => removeBurdenLesion(id),
  /** Merges lesions into one (the smallest id stays); false when fewer than two of them exist. Totals update. */
  merge: (ids: readonly number[]): boolean => mergeBurdenLesions(ids),
  /** Brings back removed lesions (all, or `ids`); false when none was removed. */
  restore: (ids?: readonly number[]): boolean => restoreBurdenLesions(ids),
  /** Adds the lesion at a point (patient LPS mm) with the run's threshold: `{ok, ids}` or `{ok: false, reason}` (below threshold, in a lesion, excluded). */
  add: (pointMm: Mm): Promise<EditOutcome> => addBurdenLesion(pointMm),
  /** Splits lesion `id` between points inside it (LPS mm; nearest by geodesic distance); the first part keeps the id. */
  split: (id: number, pointsMm: readonly Mm[]): Promise<EditOutcome> => splitBurdenLesion(id, pointsMm),
  /** The exclusion: brush and eraser (a sphere on the PET grid, then the segmentation runs again), DICOM SEG import/export. */
  exclusion: {
    paint: (centerMm: Mm, radiusMm: number): Promise<BurdenReportJson | null> => brush(centerMm, radiusMm, 1),
    erase: (centerMm: Mm, radiusMm: number): Promise<BurdenReportJson | null> => brush(centerMm, radiusMm, 0),
    importSeg: (file: File | Blob | ArrayBuffer | Uint8Array, name?: string): Promise<{ voxelCount: number; organs: readonly string[] }> => importExclusionSeg(file, name),
    /** Downloads the SEG (named after the study) and returns its name, size and excluded voxel count. */
    exportSeg(): { fileName: string; byteLength: number; voxelCount: number } {
      const r = exportExclusionSeg();
      return { fileName: r.fileName, byteLength: r.bytes.length, voxelCount: r.voxelCount };
    },
    voxelCount: (): number => useBurden.getState().result?.exclusion.voxelCount ?? 0,
  },
  /** Undoes / redoes the last burden edit (add, remove, restore, merge, split, exclusion); false when there is none. */
  /** Reference regions, Deauville / miPSMA proposals and confirmations, hypoxia (api/scoresApi.ts). */
  scores: scoresApi,
  undo: (): boolean => undoBurdenEdit(),
  redo: (): boolean => redoBurdenEdit(),
  /** Sets (or clears) the liver sphere centre, patient LPS mm. */
  setLiver(centerMm: readonly [number, number, number] | null): void {
    useBurden.getState().set({ liver: centerMm ? { centerMm, source: 'click' } : null });
  },
};
