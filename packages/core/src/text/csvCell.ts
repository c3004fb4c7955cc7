/**
 * One RFC 4180 CSV field from a value that may be untrusted text. A text starting with = + - @ or
 * a tab/CR is what spreadsheets run as a formula ("CSV injection", OWASP): it gets a leading
 * apostrophe. Numbers are written as numbers. Quotes are doubled; a field with a comma, quote or
 * line break is quoted.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s) && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
