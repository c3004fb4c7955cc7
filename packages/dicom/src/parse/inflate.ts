import { inflateSync } from 'fflate';

/**
 * dicom-parser `inflater` for Deflated Explicit VR Little Endian (1.2.840.10008.1.2.1.99):
 * everything after the File Meta group is a raw deflate stream (PS3.5 A.5). Returns the meta
 * header bytes followed by the inflated data set, so offsets stay valid.
 */
export function inflateDataSet(byteArray: Uint8Array, position: number): Uint8Array {
  const inflated = inflateSync(byteArray.subarray(position));
  const full = new Uint8Array(position + inflated.length);
  full.set(byteArray.subarray(0, position), 0);
  full.set(inflated, position);
  return full;
}
