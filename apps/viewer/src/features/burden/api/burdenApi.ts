import type { BurdenLesion } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { useBurden } from '../model/burdenState';
import { burdenReport } from '../model/burdenReport';
import type { BurdenReportJson } from '../model/burdenReport';
import { displayedPet } from '../service/displayedPet';
import { petInfoOf } from '../service/petInfo';
import { mergeBurdenLesions, removeBurdenLesion, runWholeBody } from '../service/runWholeBody';
import type { RunOptions } from '../service/runWholeBody';

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
  /** Sets (or clears) the liver sphere centre, patient LPS mm. */
  setLiver(centerMm: readonly [number, number, number] | null): void {
    useBurden.getState().set({ liver: centerMm ? { centerMm, source: 'click' } : null });
  },
};
