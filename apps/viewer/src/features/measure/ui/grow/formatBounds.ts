import type { GrowBounds } from '../../worker/growDefaults';
import { displayUnit } from './displayUnit';

/** Three significant figures (no exponent for the ranges seen: HU, SUV, ADC). */
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Click-to-grow bounds as text with their unit: "35.0 – 55.0 HU", "≥ 2.87 SUVbw", "≤ 1.20 10⁻³ mm²/s". */
export function formatBounds(b: GrowBounds, unit: string): string {
  const u = displayUnit(unit);
  const lo = Number.isFinite(b.lower), hi = Number.isFinite(b.upper);
  if (lo && hi) return `${fmt(b.lower)} – ${fmt(b.upper)} ${u}`;
  if (lo) return `≥ ${fmt(b.lower)} ${u}`;
  if (hi) return `≤ ${fmt(b.upper)} ${u}`;
  return `any ${u}`;
}
