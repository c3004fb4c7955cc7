/** DICOM DA (YYYYMMDD) and TM (HHMMSS.ffffff) of a date, in UTC. */
export function dicomDate(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

export function dicomTime(d: Date): string {
  return `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * DICOM DT of an instant in UTC, YYYYMMDDHHMMSS.FFFFFF (PS3.5 6.2). No "+0000" suffix: DCMTK
 * 3.6.7's VR checker rejects that offset; the object says UTC once, with Timezone Offset From UTC.
 */
export function dicomDateTime(d: Date): string {
  return `${dicomDate(d)}${dicomTime(d)}`;
}

/**
 * ISO 8601 instant of a DICOM DT; a DT without its own offset is in `defaultOffset` (the object's
 * Timezone Offset From UTC, '+HHMM'), else taken as UTC. Undefined when unreadable.
 */
export function isoOfDicomDateTime(dt: string, defaultOffset = '+0000'): string | undefined {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,6}))?([+-]\d{4})?$/.exec(dt.trim());
  if (m === null) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', off = /^[+-]\d{4}$/.test(defaultOffset) ? defaultOffset : '+0000'] = m;
  const ms = frac === '' ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const sign = off[0] === '-' ? -1 : 1;
  const offsetMin = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(3, 5)));
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms) - offsetMin * 60_000;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** ISO date (YYYY-MM-DD) of a DICOM DA (YYYYMMDD); undefined when not a DA. */
export function isoDateOfDa(da: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec((da ?? '').trim());
  return m === null ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

/** DICOM DA of an ISO date (YYYY-MM-DD). */
export const daOfIsoDate = (iso: string): string => iso.replace(/-/g, '');
