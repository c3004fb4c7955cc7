import dcmjs from 'dcmjs';
import type { NaturalDataset } from 'dcmjs';

/** Parses DICOM bytes with dcmjs into a naturalized data set (keyword → value). Throws on bad input. */
export function readNaturalDataset(bytes: Uint8Array): NaturalDataset {
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const file = dcmjs.data.DicomMessage.readFile(buf, { ignoreErrors: true });
  return dcmjs.data.DicomMetaDictionary.naturalizeDataset(file.dict);
}

/** dcmjs gives sequences as arrays; tolerate a lone item or absence. */
export function items(x: unknown): NaturalDataset[] {
  return Array.isArray(x) ? (x as NaturalDataset[]) : x && typeof x === 'object' ? [x as NaturalDataset] : [];
}

/** Multi-valued numeric attributes as plain numbers (dcmjs may give strings for DS). */
export function nums(x: unknown): number[] {
  const a = Array.isArray(x) ? x : x === undefined || x === null ? [] : String(x).split('\\');
  return a.map((v) => Number(v));
}
