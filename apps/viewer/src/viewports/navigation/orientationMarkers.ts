import { cross, lpsDirection, negate, type LpsDirection, type Vec3 } from './spaces';

/** The patient-direction letters on the four edges of a view. */
export interface OrientationMarkers {
  readonly top: string;
  readonly bottom: string;
  readonly left: string;
  readonly right: string;
}

export interface DirectionLabelOptions {
  /** A patient axis is named when its share of the direction (|cosine|) reaches this; default 0.25 (≈ 75.5°). */
  readonly minCosine?: number;
}

const LETTERS: readonly (readonly [string, string])[] = [
  ['L', 'R'], // +x left, −x right
  ['P', 'A'], // +y posterior, −y anterior
  ['S', 'I'], // +z superior, −z inferior
];

/**
 * Letters of an LPS direction, strongest patient axis first (DICOM PS3.3 C.7.6.1.1.1 patient
 * orientation): [0,-1,0] → 'A'; a 30° oblique between anterior and superior → 'AS'. Axes whose
 * |cosine| is under `minCosine` are left out, so a slight tilt keeps a single letter.
 */
export function directionLabel(d: Vec3, options: DirectionLabelOptions = {}): string {
  const min = options.minCosine ?? 0.25;
  const u = lpsDirection(d);
  return [0, 1, 2]
    .filter((a) => Math.abs(u[a]) >= min)
    .sort((a, b) => Math.abs(u[b]) - Math.abs(u[a]))
    .map((a) => LETTERS[a][u[a] > 0 ? 0 : 1])
    .join('');
}

/**
 * Edge letters of a view from its camera (both in LPS): top is `viewUp`, right is
 * viewUp × viewPlaneNormal (the normal points from the focal point to the camera, Cornerstone's and
 * VTK's convention), bottom and left their opposites. A flipped or rotated camera gives its own
 * letters, so the markers always name what is on screen.
 */
export function orientationMarkers(viewUp: LpsDirection, viewPlaneNormal: LpsDirection, options?: DirectionLabelOptions): OrientationMarkers {
  const right = cross(viewUp, viewPlaneNormal);
  return {
    top: directionLabel(viewUp, options),
    bottom: directionLabel(negate(viewUp), options),
    right: directionLabel(right, options),
    left: directionLabel(negate(right), options),
  };
}
