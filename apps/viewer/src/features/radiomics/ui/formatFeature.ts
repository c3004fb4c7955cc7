const SUPER: Readonly<Record<string, string>> = { mm2: 'mm²', mm3: 'mm³', 'mm-1': 'mm⁻¹', '10^-3 mm2/s': '10⁻³ mm²/s', '10^-6 mm2/s': '10⁻⁶ mm²/s' };

/** A radiomics unit for display: mm³, mm⁻¹, (HU)², HU·mm³; "1" (unitless) shows nothing. */
export function displayUnit(unit: string): string {
  if (unit === '1') return '';
  if (SUPER[unit]) return SUPER[unit];
  const sq = /^\((.+)\)2$/.exec(unit);
  if (sq) return `(${displayUnit(sq[1])})²`;
  return unit.replace(/mm3$/, 'mm³').replace('10^-3 mm2/s', '10⁻³ mm²/s');
}

/** A value with 6 significant digits (full precision is in the exports), or "—" when IBSI leaves it undefined. */
export function formatValue(v: number | null): string {
  if (v === null) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-4 ? v.toExponential(4) : String(Number(v.toPrecision(6)));
}
