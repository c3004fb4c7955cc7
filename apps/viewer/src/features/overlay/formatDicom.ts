/** DICOM PN 'Family^Given^Middle' → 'Family, Given Middle' (plain text). */
export function formatPersonName(pn: string): string {
  const [family = '', given = '', middle = ''] = pn.split('=')[0].split('^');
  const rest = [given, middle].filter(Boolean).join(' ');
  return rest ? `${family}, ${rest}` : family;
}

/** DICOM DA 'YYYYMMDD' → 'YYYY-MM-DD' (unchanged if not a DA). */
export function formatDate(da: string): string {
  return /^\d{8}$/.test(da) ? `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}` : da;
}

/** A number with a fixed count of decimals, or '—'. */
export const fmt = (v: number | undefined | null, digits = 1): string =>
  v === undefined || v === null || !Number.isFinite(v) ? '—' : v.toFixed(digits);
