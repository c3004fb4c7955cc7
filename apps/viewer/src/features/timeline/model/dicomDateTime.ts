/**
 * DICOM DA (YYYYMMDD; the retired ACR-NEMA YYYY.MM.DD is accepted) → days since 1970-01-01 (UTC
 * calendar day, no time zone), or undefined for an empty or invalid date.
 */
export function dicomDateToDay(da: string | undefined): number | undefined {
  const d = (da ?? '').trim().replace(/[.\-/]/g, '');
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  if (!m) return undefined;
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86_400_000);
}

/**
 * DICOM TM (HHMMSS.FFFFFF, any trailing part omitted; the retired HH:MM:SS accepted) → seconds
 * since midnight, or undefined.
 */
export function dicomTimeToSeconds(tm: string | undefined): number | undefined {
  const t = (tm ?? '').trim().replace(/:/g, '');
  const m = /^(\d{2})(\d{2})?(\d{2})?(\.\d{1,6})?$/.exec(t);
  if (!m) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 60) return undefined;
  return h * 3600 + mi * 60 + s + Number(m[4] ?? 0);
}
