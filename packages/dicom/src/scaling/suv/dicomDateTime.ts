/**
 * DICOM DA/TM/DT → seconds since 1970-01-01 on a naive clock (scanner local time treated as UTC;
 * only differences between two times of the same study are ever used). PS3.5 §6.2.
 * DT UTC offsets (&ZZXX) are honoured when present, which keeps two offset-bearing times consistent.
 */

/** DA "YYYYMMDD" (also the ACR-NEMA "YYYY.MM.DD") → seconds at 00:00, or undefined. */
export function parseDicomDate(da: string | undefined): number | undefined {
  if (!da) return undefined;
  const s = da.trim().replace(/[.-]/g, '');
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return Date.UTC(y, mo - 1, d) / 1000;
}

/** TM "HH[MM[SS[.F{1,6}]]]" (also "HH:MM:SS") → seconds after midnight, or undefined. */
export function parseDicomTime(tm: string | undefined): number | undefined {
  if (!tm) return undefined;
  const s = tm.trim().replace(/:/g, '');
  const m = /^(\d{2})(\d{2})?(\d{2})?(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = m[2] ? Number(m[2]) : 0;
  const se = m[3] ? Number(m[3]) : 0;
  if (h > 23 || mi > 59 || se > 60) return undefined;
  const frac = m[4] ? Number(`0.${m[4]}`) : 0;
  return h * 3600 + mi * 60 + se + frac;
}

/** DT "YYYYMMDDHHMMSS.FFFFFF[&ZZXX]" (date part required) → seconds, or undefined. */
export function parseDicomDateTime(dt: string | undefined): number | undefined {
  if (!dt) return undefined;
  const s = dt.trim();
  const m = /^(\d{8})(\d{2,6}(?:\.\d{1,6})?)?([+-]\d{4})?$/.exec(s);
  if (!m) return undefined;
  const day = parseDicomDate(m[1]);
  if (day === undefined) return undefined;
  const t = m[2] ? parseDicomTime(m[2]) : 0;
  if (t === undefined) return undefined;
  let offset = 0;
  if (m[3]) {
    const sign = m[3][0] === '-' ? -1 : 1;
    offset = sign * (Number(m[3].slice(1, 3)) * 3600 + Number(m[3].slice(3, 5)) * 60);
  }
  return day + t - offset;
}

/** DA + TM → seconds; undefined when either is missing/invalid. */
export function combineDicomDateTime(da: string | undefined, tm: string | undefined): number | undefined {
  const d = parseDicomDate(da);
  const t = parseDicomTime(tm);
  return d === undefined || t === undefined ? undefined : d + t;
}

/** DICOM DT or ISO-8601 local date-time ("2025-01-01T10:00:00[.fff]") → seconds. */
export function parseUserDateTime(s: string): number | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(s.trim());
  if (iso) {
    const day = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 1000;
    return day + Number(iso[4]) * 3600 + Number(iso[5]) * 60 + (iso[6] ? Number(iso[6]) : 0);
  }
  return parseDicomDateTime(s);
}

/** Seconds → { date: "YYYYMMDD", time: "HHMMSS" } (whole seconds, floor). */
export function formatDicomDateTime(seconds: number): { date: string; time: string } {
  const d = new Date(Math.floor(seconds) * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    date: `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`,
    time: `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`,
  };
}
