import dicomParser from 'dicom-parser';
import type { ImportedReading } from '@caliper/report';
import type { Result } from '@caliper/core';
import { err } from '@caliper/core';
import type { DicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { importDicomReading } from './importDicomReading';
import { retrieveInstance, searchReadingObjects } from './pacsClient';

/** ContentDate + ContentTime of an SR (for picking the latest of several saves). */
function contentStamp(bytes: Uint8Array): string {
  try {
    const ds = dicomParser.parseDicom(bytes, { untilTag: 'x00400275' });
    return `${ds.string('x00080023') ?? ''}${ds.string('x00080033') ?? ''}`;
  } catch {
    return '';
  }
}

export const containsUid = (bytes: Uint8Array, uid: string): boolean => new TextDecoder('latin1').decode(bytes).includes(uid);

/**
 * The reading saved on the PACS for a study: the latest SR (TID 1500) of the study and the SEGs
 * it references, found with QIDO-RS and retrieved with WADO-RS, then imported. Resolves to
 * undefined when the study has no SR.
 */
export async function readingFromPacs(s: DicomWebSettings, studyInstanceUID: string): Promise<Result<ImportedReading> | undefined> {
  const items = await searchReadingObjects(s, studyInstanceUID);
  const srItems = items.filter((i) => i.modality === 'SR');
  if (srItems.length === 0) return undefined;
  const srs = await Promise.all(srItems.map((i) => retrieveInstance(s, studyInstanceUID, i)));
  const sr = srs.reduce((best, b) => (contentStamp(b) > contentStamp(best) ? b : best));
  const segItems = items.filter((i) => i.modality === 'SEG' && containsUid(sr, i.sopInstanceUID));
  const segs = await Promise.all(segItems.map((i) => retrieveInstance(s, studyInstanceUID, i)));
  if (!sr.length) return err('empty SR');
  return importDicomReading({ sr, segs }, studyInstanceUID);
}
