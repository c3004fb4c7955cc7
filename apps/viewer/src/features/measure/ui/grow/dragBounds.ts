import type { GrowBounds } from '../../worker/growDefaults';

/** Horizontal drag (CSS px) that doubles (rightwards) or halves (leftwards) the tolerance. */
export const DRAG_PX_PER_DOUBLING = 100;
/** Movement (CSS px) under which a press stays a plain click. */
export const DRAG_DEAD_ZONE_PX = 3;

/**
 * Click-to-grow bounds after a horizontal drag of `dxPx` from the press point (vertical movement is
 * ignored). Right widens, left narrows, by a factor 2^(dx / 100 px), so the same drag feels the same
 * on any modality and the default is met again when the pointer is back at the press point:
 * - two-sided bounds (CT HU, ADC, raw): same centre, half-width × 2^(dx/100);
 * - lower-only bounds (PET SUV, upper = +∞): lower ÷ 2^(dx/100) (a lower threshold takes more).
 * `base` is the default window of the seed (from the local intensity).
 */
export function dragBounds(base: GrowBounds, dxPx: number): GrowBounds {
  if (!Number.isFinite(dxPx) || dxPx === 0) return base;
  const f = 2 ** (dxPx / DRAG_PX_PER_DOUBLING);
  if (Number.isFinite(base.lower) && Number.isFinite(base.upper)) {
    const c = (base.lower + base.upper) / 2, h = ((base.upper - base.lower) / 2) * f;
    return { lower: c - h, upper: c + h };
  }
  if (base.upper === Number.POSITIVE_INFINITY && Number.isFinite(base.lower) && base.lower > 0) return { lower: base.lower / f, upper: base.upper };
  return base;
}
