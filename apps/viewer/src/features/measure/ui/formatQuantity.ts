/**
 * The one number formatter of the measure panels: a value rounded for reading (the full-precision
 * value stays in the store, the exports and the SR) and its unit set in typographic form.
 *
 * Decimals by unit: lengths 0.1 mm, areas 0.1 mm², volumes 0.01 mL, SUV / SUL 0.01, ADC 0.001
 * ×10⁻³ mm²/s (1 µm²/s), HU 0.1, counts whole; any other unit 3 significant decimals by magnitude.
 */
const DECIMALS: Readonly<Record<string, number>> = {
  mm: 1, cm: 2, mm2: 1, 'mm²': 1, mm3: 0, 'mm³': 0, mL: 2, ml: 2,
  SUVbw: 2, SUVlbm: 2, SUVbsa: 2, SUL: 2, 'SUVbw·mL': 1, 'SUL·mL': 1, 'SUVlbm·mL': 1, 'SUVbsa·mL': 1,
  '10^-3 mm2/s': 3, '10^-6 mm2/s': 0, HU: 1, count: 0, '%': 1, s: 1, ms: 1,
};

const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  mm2: 'mm²', mm3: 'mm³', 'mm-1': 'mm⁻¹', '10^-3 mm2/s': '×10⁻³ mm²/s', '10^-6 mm2/s': '×10⁻⁶ mm²/s', ml: 'mL', count: '',
};

/** A unit as shown on screen: 10⁻³ mm²/s, mm², mm³, mL (the engine's ASCII units in typographic form). */
export function displayUnit(unit: string): string {
  return TYPOGRAPHIC[unit] ?? unit.replace(/\bmm2\b/g, 'mm²').replace(/\bmm3\b/g, 'mm³');
}

/** Decimals shown for a unit (undefined: by magnitude). */
export function decimalsFor(unit: string | undefined): number | undefined {
  return unit === undefined ? undefined : DECIMALS[unit];
}

/** The number alone, rounded for its unit ("–" when there is none); minus as U+2212. */
export function formatNumber(v: number | null | undefined, unit?: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const d = decimalsFor(unit);
  const a = Math.abs(v);
  const text = d !== undefined ? v.toFixed(d) : Number.isInteger(v) && a >= 100 ? String(v) : v.toFixed(a >= 100 ? 1 : a >= 10 ? 2 : 3);
  // "-0.0" reads as a negative value that is not there.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, '−');
}

/** Value and unit for display, e.g. "12.3 mm", "4.57 mL", "1.125 ×10⁻³ mm²/s", "812" (a voxel count). */
export function formatQuantity(v: number | null | undefined, unit: string): string {
  const n = formatNumber(v, unit);
  const u = displayUnit(unit);
  return n === '–' || u === '' ? n : `${n} ${u}`;
}
