/**
 * Colour-bar ticks at round values: the largest step of 1, 2 or 5 × 10ⁿ (SUV) that gives at most
 * `maxTicks` ticks over `[lower, upper]`, every multiple of it inside the range (ends included when
 * they fall on a multiple), low → high. An empty or reversed range gives no ticks.
 */
export function suvTicks(lower: number, upper: number, maxTicks = 6): number[] {
  if (!(upper > lower) || !Number.isFinite(lower) || !Number.isFinite(upper) || maxTicks < 2) return [];
  const span = upper - lower;
  const raw = span / (maxTicks - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => span / s + 1 <= maxTicks + 1e-9) ?? 10 * mag;
  const eps = step * 1e-9;
  const out: number[] = [];
  for (let v = Math.ceil((lower - eps) / step) * step; v <= upper + eps; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/** Tick label: as many decimals as the step needs (0–10 → "0", "2"; 0–1 → "0.2"). */
export function formatTick(v: number, step: number): string {
  const d = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
  return v.toFixed(d);
}
