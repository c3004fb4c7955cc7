import type { AlignmentMethod, RigidTransform, SeriesGeometry } from './types';
import { IDENTITY, translation } from './rigidTransform';
import { seriesCentre } from './seriesCentre';

export interface InitialAlignment {
  readonly transform: RigidTransform;
  readonly method: Extract<AlignmentMethod, 'same-frame' | 'series-centre'>;
}

/**
 * Starting alignment of a current series onto a prior one, before (or without) registration:
 * the identity when both share a FrameOfReferenceUID (their patient coordinates already agree,
 * PS3.3 C.7.4.1), else the translation that superimposes the two series' centres.
 */
export function initialAlignment(prior: SeriesGeometry, current: SeriesGeometry): InitialAlignment {
  if (prior.frameOfReferenceUID && prior.frameOfReferenceUID === current.frameOfReferenceUID) return { transform: IDENTITY, method: 'same-frame' };
  const p = seriesCentre(prior);
  const c = seriesCentre(current);
  return { transform: translation([p[0] - c[0], p[1] - c[1], p[2] - c[2]]), method: 'series-centre' };
}
