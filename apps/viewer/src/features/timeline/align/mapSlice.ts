import { asPatient } from '@caliper/core';
import { nearestSlice, sliceCentre, type NearestSlice } from './nearestSlice';
import { toCurrent, toPrior } from './rigidTransform';
import { currentPoint, priorPoint, type RigidTransform, type SeriesGeometry } from './types';

export type Side = 'prior' | 'current';

/**
 * The slice of the other side that shows the same anatomy as slice `k` of `from`: the centre of
 * slice k is mapped through the alignment (current → prior, or back) and the nearest slice plane
 * of the other stack is taken, with its distance (mm) for the "no matching slice" case.
 */
export function mapSlice(
  from: Side,
  k: number,
  geometry: { readonly prior: SeriesGeometry; readonly current: SeriesGeometry },
  t: RigidTransform,
): NearestSlice {
  const src = from === 'prior' ? geometry.prior : geometry.current;
  const dst = from === 'prior' ? geometry.current : geometry.prior;
  const c = sliceCentre(src, k);
  const mapped = from === 'prior' ? toCurrent(t, priorPoint(c)) : toPrior(t, currentPoint(c));
  return nearestSlice(dst.positions, dst.normal, asPatient(mapped));
}
