import type { InstanceSummary, SeriesSummary, StudySummary } from './types';

/** One attribute of a DICOM JSON object (PS3.18 F.2). */
interface JsonAttribute {
  readonly vr?: string;
  readonly Value?: readonly unknown[];
}
export type DicomJson = Readonly<Record<string, JsonAttribute | undefined>>;

/** First value of a DICOM JSON attribute as a string; PN uses its Alphabetic component group. */
export function jsonString(obj: DicomJson, tag: string): string | undefined {
  const v = obj[tag]?.Value?.[0];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') {
    const a = (v as { Alphabetic?: unknown }).Alphabetic;
    return typeof a === 'string' ? a : undefined;
  }
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

export function jsonStrings(obj: DicomJson, tag: string): string[] {
  return (obj[tag]?.Value ?? []).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

export function jsonNumber(obj: DicomJson, tag: string): number | undefined {
  const s = jsonString(obj, tag);
  const n = s === undefined ? NaN : Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** QIDO-RS study result → StudySummary (undefined when it lacks StudyInstanceUID). */
export function toStudySummary(o: DicomJson): StudySummary | undefined {
  const studyInstanceUID = jsonString(o, '0020000D');
  if (!studyInstanceUID) return undefined;
  return clean({
    studyInstanceUID,
    patientName: jsonString(o, '00100010'),
    patientId: jsonString(o, '00100020'),
    studyDate: jsonString(o, '00080020'),
    studyDescription: jsonString(o, '00081030'),
    modalities: jsonStrings(o, '00080061'),
    numberOfSeries: jsonNumber(o, '00201206'),
    numberOfInstances: jsonNumber(o, '00201208'),
  });
}

export function toSeriesSummary(o: DicomJson, studyInstanceUID: string): SeriesSummary | undefined {
  const seriesInstanceUID = jsonString(o, '0020000E');
  if (!seriesInstanceUID) return undefined;
  return clean({
    studyInstanceUID: jsonString(o, '0020000D') ?? studyInstanceUID,
    seriesInstanceUID,
    modality: jsonString(o, '00080060'),
    seriesDescription: jsonString(o, '0008103E'),
    seriesNumber: jsonNumber(o, '00200011'),
    numberOfInstances: jsonNumber(o, '00201209'),
  });
}

export function toInstanceSummary(o: DicomJson, studyInstanceUID: string, seriesInstanceUID: string): InstanceSummary | undefined {
  const sopInstanceUID = jsonString(o, '00080018');
  if (!sopInstanceUID) return undefined;
  return clean({
    studyInstanceUID: jsonString(o, '0020000D') ?? studyInstanceUID,
    seriesInstanceUID: jsonString(o, '0020000E') ?? seriesInstanceUID,
    sopInstanceUID,
    sopClassUID: jsonString(o, '00080016'),
    instanceNumber: jsonNumber(o, '00200013'),
    numberOfFrames: jsonNumber(o, '00280008'),
  });
}
