import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { prefetchPart10, prefetchedInstance } from '../../../viewports/prefetch';

/**
 * Fills in what series matching needs (body part, frame of reference, orientation) for series
 * listed without it (a static manifest lists only UIDs, modality and description): reads the
 * header of each one's first image. Series from files and DICOMweb already carry it.
 */
export async function describeSeries(list: readonly SeriesEntry[]): Promise<void> {
  const todo = list.filter((s) => !s.imageOrientationPatient && s.imageIds[0]?.startsWith('wadouri:'));
  if (!todo.length) return;
  await prefetchPart10(todo.map((s) => s.imageIds[0]), undefined, true);
  for (const s of todo) {
    const inst = prefetchedInstance(s.imageIds[0]);
    if (!inst) continue;
    appStore.getState().updateSeries(s.seriesInstanceUID, {
      bodyPartExamined: inst.dataSet.string('x00180015')?.trim() || undefined,
      frameOfReferenceUID: inst.frameOfReferenceUID,
      imageOrientationPatient: inst.imageOrientationPatient ?? inst.frames?.[0]?.imageOrientationPatient,
    });
  }
}
