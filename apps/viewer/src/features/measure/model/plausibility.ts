import type { RoiShape } from './shapes';
import { mainValueOfShape } from './mainValue';

/** When a drawing is too small to be meant, or a result too large to be a lesion (configurable in the store). */
export interface PlausibilityLimits {
  /** Lines (length, RECIST long axis) shorter than this are a slip of the mouse, not a measurement, mm. */
  readonly minLineMm: number;
  /** Lines longer than this are longer than any lesion, mm (also: longer than the image's field of view). */
  readonly maxLineMm: number;
  /** A grown region larger than this asks before it becomes a lesion, mL. */
  readonly maxRegionMl: number;
}

export const DEFAULT_PLAUSIBILITY: PlausibilityLimits = { minLineMm: 3, maxLineMm: 300, maxRegionMl: 2000 };

/** Why a new drawing is no measurement at all (dropped without asking), or null. Ellipses/circles/spheres: diameter; contours: area. */
export function tooSmall(shape: RoiShape, limits: PlausibilityLimits = DEFAULT_PLAUSIBILITY): string | null {
  const v = mainValueOfShape(shape);
  if (!v) return null;
  const min = v.unit === 'mm²' ? limits.minLineMm ** 2 : v.unit === 'mm' ? limits.minLineMm : 0;
  return v.value < min ? `${v.name} ${v.value.toFixed(1)} ${v.unit} is below ${min} ${v.unit}: drag to draw` : null;
}

/** Reasons a new line is implausible as a lesion's diameter (empty: plausible). */
export function implausibleLine(lengthMm: number, fovDiagonalMm: number | undefined, limits: PlausibilityLimits = DEFAULT_PLAUSIBILITY): string[] {
  const out: string[] = [];
  if (lengthMm > limits.maxLineMm) out.push(`The line is ${lengthMm.toFixed(1)} mm long, longer than ${limits.maxLineMm} mm (no lesion is this large).`);
  if (fovDiagonalMm !== undefined && lengthMm > fovDiagonalMm) out.push(`The line is longer than the image's field of view (${fovDiagonalMm.toFixed(0)} mm diagonal).`);
  return out;
}

export interface RegionFacts {
  readonly volumeMl: number;
  /** The region reaches the first or last row, column or slice of the volume (it leaked out of the lesion). */
  readonly touchesBorder: boolean;
  /** The grow stopped at its voxel limit. */
  readonly truncated?: boolean;
}

/** Reasons a grown region is implausible as a lesion (empty: plausible). */
export function implausibleRegion(r: RegionFacts, limits: PlausibilityLimits = DEFAULT_PLAUSIBILITY): string[] {
  const out: string[] = [];
  if (r.volumeMl > limits.maxRegionMl) out.push(`The region is ${r.volumeMl >= 1000 ? `${(r.volumeMl / 1000).toFixed(2)} L` : `${r.volumeMl.toFixed(2)} mL`}, larger than the ${limits.maxRegionMl >= 1000 ? `${limits.maxRegionMl / 1000} L` : `${limits.maxRegionMl} mL`} limit.`);
  if (r.touchesBorder) out.push('The region touches the edge of the volume: it has probably leaked out of the lesion.');
  if (r.truncated) out.push('Growing stopped at its size limit before the region was complete.');
  return out;
}

/** Whether a cropped mask's bounding box reaches the border of its volume grid (voxel indices). */
export function bboxTouchesBorder(bbox: readonly [readonly number[], readonly number[]] | null, dimensions: readonly number[]): boolean {
  if (!bbox) return false;
  return [0, 1, 2].some((d) => bbox[0][d] <= 0 || bbox[1][d] >= dimensions[d] - 1);
}
