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
  /** Lesion / surroundings boundary used: halfway between the two median levels (image unit). */
  readonly threshold: number;
}

const median = (v: number[]): number => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/**
 * RECIST 1.1 short axis for a drawn long axis, from the image: the longest line perpendicular to
 * the long axis (in the plane with normal `normal`) that stays inside the lesion. Inside is decided
 * from the long axis itself: the lesion's level is the median along its middle 40 %, the
 * surroundings' the median just beyond its end points (the long axis spans the lesion), and the
 * boundary is halfway between them (the crossing is interpolated between samples). Every
 * perpendicular from a point of the long axis is walked both ways to the boundary; the longest one
 * wins. Null when the image shows no contrast between lesion and surroundings, or the long axis is
 * degenerate. Lengths in mm.
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

  const inner: number[] = [], outer: number[] = [];
  for (let t = 0.3 * L; t <= 0.7 * L; t += h) inner.push(sample(at(t, 0)));
  for (let t = 0.05 * L; t <= 0.25 * L; t += h) outer.push(sample(at(-t, 0)), sample(at(L + t, 0)));
  const lin = median(inner), lout = median(outer);
  if (!Number.isFinite(lin) || !Number.isFinite(lout) || lin === lout) return null;
  const thr = (lin + lout) / 2;
  const brighter = lin > lout;
  const inside = (x: number) => Number.isFinite(x) && (brighter ? x >= thr : x <= thr);
  const gapSteps = Math.max(0, Math.round((options.gapMm ?? 1) / h));

  /** Distance (mm) from the axis point at t to the boundary along ±v. */
  const reach = (t: number, sign: 1 | -1): number => {
    let lastIn = 0, lastInVal = sample(at(t, 0)), firstOutVal = NaN, out = 0;
    for (let k = 1; k * h <= L; k++) {
      const x = sample(at(t, sign * k * h));
      if (inside(x)) {
        lastIn = k * h; lastInVal = x; out = 0; firstOutVal = NaN;
      } else {
        if (out === 0) firstOutVal = x;
        if (++out > gapSteps) break;
      }
    }
    // Sub-sample boundary: where the profile crosses the threshold between the last inside sample and the next.
    const f = Number.isFinite(firstOutVal) && firstOutVal !== lastInVal ? (lastInVal - thr) / (lastInVal - firstOutVal) : 0.5;
    return lastIn + h * Math.min(1, Math.max(0, f));
  };

  let best: { t: number; plus: number; minus: number } | null = null;
  for (let t = h; t < L; t += h) {
    if (!inside(sample(at(t, 0)))) continue;
    const plus = reach(t, 1), minus = reach(t, -1);
    const len = plus + minus;
    const bestLen = best ? best.plus + best.minus : -1;
    // Ties (a flat-sided lesion): the perpendicular nearest the middle of the long axis.
    if (len > bestLen + 1e-9 || (best && Math.abs(len - bestLen) <= 1e-9 && Math.abs(t - L / 2) < Math.abs(best.t - L / 2))) best = { t, plus, minus };
  }
  if (!best) return null;
  return { short: [at(best.t, -best.minus), at(best.t, best.plus)], shortMm: best.plus + best.minus, threshold: thr };
}
