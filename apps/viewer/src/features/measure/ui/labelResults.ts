import type { LesionResult } from '../model/measureSlice';
import { resultRole } from './onImageLabel';
import type { SeriesMeasurement } from './onImageLabel';

/** The state of a ROI's numbers: all current, some still computing, or only errors. */
export type LabelState = 'fresh' | 'pending' | 'error';

/**
 * The current measurements of a ROI (series UID → result), labelled by modality and tagged lesion
 * or search region; a result of an older shape version is not used (its numbers are of another shape).
 */
export function labelResults(
  results: Readonly<Record<string, LesionResult>> | undefined,
  modalityOf: (uid: string) => string | undefined,
  shapeKind: string | undefined,
  version: number | undefined,
): { list: SeriesMeasurement[]; state: LabelState } {
  const all = Object.entries(results ?? {});
  const fresh = all.filter(([, r]) => r.version === version);
  const list = fresh.flatMap(([uid, r]) => (r.measurement ? [{ label: modalityOf(uid) ?? uid.slice(-8), measurement: r.measurement, role: resultRole(shapeKind, modalityOf(uid)) }] : []));
  const state: LabelState = !all.length || fresh.length < all.length ? 'pending' : list.length ? 'fresh' : 'error';
  return { list, state };
}
