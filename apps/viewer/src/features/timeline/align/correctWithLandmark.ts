import type { CurrentPoint, PriorPoint, RigidTransform } from './types';
import { rotate } from './rigidTransform';

/**
 * One-landmark correction: the reader marks the same anatomy in the prior (`prior`) and in the
 * current (`current`). One point pair fixes translation only, so the rotation is kept and the
 * translation becomes t' = p_prior − R · p_current, which maps the current landmark exactly onto
 * the prior one (all LPS mm).
 */
export function correctWithLandmark(t: RigidTransform, prior: PriorPoint, current: CurrentPoint): RigidTransform {
  const rc = rotate(t.rotation, current);
  return { rotation: [...t.rotation], translationMm: [prior[0] - rc[0], prior[1] - rc[1], prior[2] - rc[2]] };
}
