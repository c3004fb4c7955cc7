import type { DataSet } from 'dicom-parser';
import { str } from '../parse/readTags';

/** Seconds of day of a DICOM TM value (HHMMSS.FFFFFF, also the ACR-NEMA HH:MM:SS form); undefined if unreadable. */
export function parseTmSeconds(tm: string | undefined): number | undefined {
  if (!tm) return undefined;
  const m = /^(\d{2}):?(\d{2})?:?(\d{2})?(\.\d+)?$/.exec(tm.trim());
  if (!m) return undefined;
  return Number(m[1]) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0);
}

/** Seconds since 1970 (UTC, offsets ignored) of a DA + TM pair or a DT value; undefined if unreadable. */
export function parseDateTimeSeconds(da: string | undefined, tm: string | undefined): number | undefined {
  const d = /^(\d{4})(\d{2})(\d{2})/.exec((da ?? '').trim());
  const s = parseTmSeconds(tm);
  if (s === undefined) return undefined;
  if (!d) return s;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) / 1000 + s;
}

/** A phase clock, in order of preference (issue 15): TriggerTime, AcquisitionDateTime / AcquisitionTime, ContentTime. */
export interface PhaseClock {
  readonly name: string;
  /** Seconds on this clock (any origin), undefined when the image lacks it. */
  read(ds: DataSet): number | undefined;
}

export const TRIGGER_TIME: PhaseClock = {
  name: 'TriggerTime (0018,1060)',
  // TriggerTime is in ms.
  read: (ds) => {
    const v = str(ds, 'x00181060');
    return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) / 1000 : undefined;
  },
};

export const ACQUISITION_DATETIME: PhaseClock = {
  name: 'AcquisitionDateTime (0008,002A)',
  read: (ds) => {
    const v = str(ds, 'x0008002a');
    return v ? parseDateTimeSeconds(v.slice(0, 8), v.slice(8).replace(/[+-]\d{4}$/, '')) : undefined;
  },
};

export const ACQUISITION_TIME: PhaseClock = {
  name: 'AcquisitionTime (0008,0032)',
  read: (ds) => parseDateTimeSeconds(str(ds, 'x00080022'), str(ds, 'x00080032')),
};

export const CONTENT_TIME: PhaseClock = {
  name: 'ContentTime (0008,0033)',
  read: (ds) => parseDateTimeSeconds(str(ds, 'x00080023'), str(ds, 'x00080033')),
};
