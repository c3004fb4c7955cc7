import type { PatientPoint, Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';

/** Image value at a patient point (LPS mm); NaN outside the image. */
export type PointSampler = (p: PatientPoint) => number;

export interface ShortAxisFromImageOptions {
  /** Sampling step along the long axis and along each perpendicular, mm. Default 0.25. */
  readonly stepMm?: number;
  /** Gaps (noise, a vessel) shorter than this inside the lesion do not end a perpendicular, mm. Default 1. */
  readonly gapMm?: number;
}

export interface ShortAxisFromImage {
  /** End points of the short axis, patient LPS mm, on the plane of the long axis. */
  readonly short: readonly [PatientPoint, PatientPoint];
  readonly shortMm: number;
  /** Levels used (image unit): the lesion's along its long axis, and the surroundings' beyond each end. */
  readonly levels: { readonly lesion: number; readonly surroundings: readonly number[] };
}

const median = (v: readonly number[]): number => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
/** Median absolute deviation scaled to a normal SD (1.4826 × MAD). */
const robustSd = (v: readonly number[], m: number): number => 1.4826 * median(v.map((x) => Math.abs(x - m)));

/**
 * RECIST 1.1 short axis for a drawn long axis, from the image: the longest line perpendicular to
 * the long axis (in the plane with normal `normal`) that stays inside the lesion. The long axis
 * spans the lesion, so what lies just beyond each of its ends (5–25 % of its length) is the
 * surroundings; a point is inside the lesion when its value differs from every side's
 * surroundings level by more than that side's margin: 3 robust SDs of its noise, and at least a
 * quarter of the lesion–surroundings contrast (the lesion's level: the median along the middle
 * 40 % of the long axis). So a necrotic core and its enhancing rim (darker and brighter than the
 * lesion's median) are both inside, as long as both differ from the liver around them. Every
 * perpendicular from a point of the long axis is walked both ways to the boundary (the crossing
 * interpolated between samples; gaps shorter than `gapMm` bridged); the longest one wins. Null
 * when the image shows no contrast between lesion and surroundings, or the axis is degenerate.
 * Lengths in mm.
 */
export function shortAxisFromImage(sample: PointSampler, long: readonly [PatientPoint, PatientPoint], normal: Vec3, options: ShortAxisFromImageOptions = {}): ShortAxisFromImage | null {
  const [A, B] = long;
  const d = [B[0] - A[0], B[1] - A[1], B[2] - A[2]];
  const L = Math.hypot(d[0], d[1], d[2]);
  const h = options.stepMm ?? 0.25;
  if (!(L > 2 * h)) return null;
  const u = d.map((x) => x / L);
  const c = [normal[1] * u[2] - normal[2] * u[1], normal[2] * u[0] - normal[0] * u[2], normal[0] * u[1] - normal[1] * u[0]];
  const cl = Math.hypot(c[0], c[1], c[2]);
  if (!(cl > 1e-9)) return null;
  const v = c.map((x) => x / cl);
  const at = (t: number, s: number): PatientPoint => patientPoint(A[0] + t * u[0] + s * v[0], A[1] + t * u[1] + s * v[1], A[2] + t * u[2] + s * v[2]);

  const inner: number[] = [], before: number[] = [], after: number[] = [];
  for (let t = 0.3 * L; t <= 0.7 * L; t += h) inner.push(sample(at(t, 0)));
  for (let t = 0.05 * L; t <= 0.25 * L; t += h) {
    before.push(sample(at(-t, 0)));
    after.push(sample(at(L + t, 0)));
  }
  const lesion = median(inner);
  if (!Number.isFinite(lesion)) return null;
  const sides = [before, after].map((vals) => {
    const level = median(vals);
    return { level, margin: Math.max(3 * robustSd(vals, level), Math.abs(lesion - level) / 4) };
  }).filter((x) => Number.isFinite(x.level) && x.margin > 0 && Math.abs(lesion - x.level) > x.margin);
  if (!sides.length) return null;
  /** > 0 inside the lesion: how far (image unit) the value is beyond the nearest side's margin. */
  const inside = (x: number) => (Number.isFinite(x) ? Math.min(...sides.map((sd) => Math.abs(x - sd.level) - sd.margin)) : -Infinity);
  const nearestLevel = (x: number) => sides.reduce((a, b) => (Math.abs(x - b.level) < Math.abs(x - a.level) ? b : a)).level;
  const gapSteps = Math.max(0, Math.round((options.gapMm ?? 1) / h));

  /** Distance (mm) from the axis point at t to the boundary along ±v. */
  const reach = (t: number, sign: 1 | -1): number => {
    let lastIn = 0, xIn = sample(at(t, 0)), xOut = NaN, out = 0;
    for (let k = 1; k * h <= L; k++) {
      const x = sample(at(t, sign * k * h));
      if (inside(x) > 0) {
        lastIn = k * h; xIn = x; out = 0; xOut = NaN;
      } else {
        if (out === 0) xOut = x;
        if (++out > gapSteps) break;
      }
    }
    // Sub-sample boundary: halfway between the last inside value and the surroundings' level,
    // interpolated between that sample and the next (a step edge lands halfway between them).
    const edge = Number.isFinite(xOut) ? (xIn + nearestLevel(xOut)) / 2 : NaN;
    const frac = Number.isFinite(edge) && xIn !== xOut ? (xIn - edge) / (xIn - xOut) : 0.5;
    return lastIn + h * Math.min(1, Math.max(0, frac));
  };

  let best: { t: number; plus: number; minus: number } | null = null;
  for (let t = h; t < L; t += h) {
    if (!(inside(sample(at(t, 0))) > 0)) continue;
    const plus = reach(t, 1), minus = reach(t, -1);
    const len = plus + minus;
    const bestLen = best ? best.plus + best.minus : -1;
    // Ties (a flat-sided lesion): the perpendicular nearest the middle of the long axis.
    if (len > bestLen + 1e-9 || (best && Math.abs(len - bestLen) <= 1e-9 && Math.abs(t - L / 2) < Math.abs(best.t - L / 2))) best = { t, plus, minus };
  }
  if (!best) return null;
  return { short: [at(best.t, -best.minus), at(best.t, best.plus)], shortMm: best.plus + best.minus, levels: { lesion, surroundings: sides.map((x) => x.level) } };
}
