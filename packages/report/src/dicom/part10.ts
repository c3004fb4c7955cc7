import type { NaturalDataset } from 'dcmjs';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { decodePart10 } from './decodeDataset';
import { concat, encodeDataset } from './encodeDataset';

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
/** Implementation Class UID of Caliper's DICOM writer (UUID-derived). */
export const IMPLEMENTATION_CLASS_UID = '2.25.258416530128397284157092186519614440315';
export const IMPLEMENTATION_VERSION_NAME = 'CALIPER_0_1';

/** Serialise a naturalized dataset as a DICOM Part 10 file (PS3.10 7.1), explicit VR little endian. */
export function writePart10(dataset: NaturalDataset): Uint8Array {
  const meta = concat(encodeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]),
    MediaStorageSOPClassUID: dataset.SOPClassUID,
    MediaStorageSOPInstanceUID: dataset.SOPInstanceUID,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: IMPLEMENTATION_VERSION_NAME,
    _vrMap: { FileMetaInformationVersion: 'OB' },
  }));
  const groupLength = concat(encodeDataset({ FileMetaInformationGroupLength: meta.length }));
  const preamble = new Uint8Array(132);
  preamble.set([0x44, 0x49, 0x43, 0x4d], 128); // 'DICM'
  return concat([preamble, groupLength, meta, ...encodeDataset(dataset)]);
}

/** Parse a DICOM Part 10 file into a naturalized dataset; a non-DICOM input is an error, not a throw. */
export function readPart10(bytes: Uint8Array): Result<NaturalDataset> {
  try {
    return ok(decodePart10(bytes));
  } catch (e) {
    return err(`not a readable DICOM Part 10 file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
