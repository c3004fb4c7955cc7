/** DICOM DA (YYYYMMDD) and TM (HHMMSS.ffffff) of a date, in UTC. */
export function dicomDate(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

export function dicomTime(d: Date): string {
  return `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000`;
}

const pad = (n: number) => String(n).padStart(2, '0');
