import type { NaturalDataset } from 'dcmjs';
import dcmjs from 'dcmjs';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

const { DicomDict, DicomMessage, DicomMetaDictionary } = dcmjs.data;

/**
 * dcmjs 0.52 reads sequence items through sub-streams (`more()`) that start over with a latin1
 * decoder, so UTF-8 text inside sequences (all SR content) comes back mis-decoded. Carry the
 * parent's decoder into the sub-stream. Idempotent; a no-op if dcmjs changes shape.
 */
function propagateCharsetIntoSequences(): void {
  const proto = (dcmjs.data as unknown as { ReadBufferStream?: { prototype: Record<string, any> } }).ReadBufferStream?.prototype;
  if (proto === undefined || typeof proto.more !== 'function' || proto.more.__caliperCharset === true) return;
  const more = proto.more;
  const patched = function (this: { decoder: unknown }, length: number) {
    const sub = more.call(this, length);
    if (typeof sub?.setDecoder === 'function') sub.setDecoder(this.decoder);
    return sub;
  };
  (patched as unknown as { __caliperCharset: boolean }).__caliperCharset = true;
  proto.more = patched;
}
propagateCharsetIntoSequences();

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
/** Implementation Class UID of Caliper's DICOM writer (UUID-derived). */
export const IMPLEMENTATION_CLASS_UID = '2.25.258416530128397284157092186519614440315';
export const IMPLEMENTATION_VERSION_NAME = 'CALIPER_0_1';

/** Serialise a naturalized dcmjs dataset as a DICOM Part 10 file (explicit VR little endian). */
export function writePart10(dataset: NaturalDataset): Uint8Array {
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: dataset.SOPClassUID,
    MediaStorageSOPInstanceUID: dataset.SOPInstanceUID,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: IMPLEMENTATION_VERSION_NAME,
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  return new Uint8Array(dict.write());
}

/** Parse a DICOM Part 10 file into a naturalized dataset; a non-DICOM input is an error, not a throw. */
export function readPart10(bytes: Uint8Array): Result<NaturalDataset> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const file = DicomMessage.readFile(buffer);
    return ok(DicomMetaDictionary.naturalizeDataset(file.dict));
  } catch (e) {
    return err(`not a readable DICOM Part 10 file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
