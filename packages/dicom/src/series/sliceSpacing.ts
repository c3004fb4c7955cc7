import type { SpacingInfo } from '../model/series';

/** The most frequent step (within 1 % + 0.001 mm); ties go to the smaller step, so a gap never wins. */
function typicalStep(steps: readonly number[]): number {
  let best = steps[0];
  let bestCount = 0;
  for (const s of steps) {
    const tol = 0.01 * Math.abs(s) + 1e-3;
    const count = steps.filter((t) => Math.abs(t - s) <= tol).length;
    if (count > bestCount || (count === bestCount && s < best)) {
      best = s;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Slice spacing from sorted positions along the normal (mm): the most frequent step, flagged non-uniform
 * when any step differs from it by more than 1 % (+0.001 mm), with a gap named when a step is a
 * multiple of the usual step (missing slices).
 */
export function sliceSpacing(distances: readonly number[]): SpacingInfo | undefined {
  if (distances.length < 2) return undefined;
  const steps = distances.slice(1).map((d, i) => d - distances[i]);
  const spacing = typicalStep(steps);
  const tol = 0.01 * Math.abs(spacing) + 1e-3;
  const bad = steps.findIndex((s) => Math.abs(s - spacing) > tol);
  if (bad < 0) return { spacing, uniform: true };
  const s = steps[bad];
  const ratio = s / spacing;
  const where = `between slices ${bad} and ${bad + 1} (${distances[bad].toFixed(3)} → ${distances[bad + 1].toFixed(3)} mm)`;
  const issue =
    Math.abs(ratio - Math.round(ratio)) < 0.05 && Math.round(ratio) >= 2
      ? `gap: ${Math.round(ratio) - 1} missing slice(s) ${where}, usual spacing ${spacing.toFixed(3)} mm`
      : `non-uniform slice spacing: step ${s.toFixed(3)} mm ${where}, usual ${spacing.toFixed(3)} mm`;
  return { spacing, uniform: false, issue };
}
