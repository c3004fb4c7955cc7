import type { DataSet, Element } from 'dicom-parser';
import dicomParser from 'dicom-parser';
import type { NaturalDataset } from 'dcmjs';
import { keywordOfTag } from './dictionary';

/**
 * Parse a Part 10 file with dicom-parser into a naturalized dataset (dcmjs keyword form: single
 * values as scalars, multiple as arrays, sequences as arrays of datasets, bulk data as a
 * Uint8Array view without copying). Private and unknown tags are dropped.
 */
const MULTI_TEXT = new Set(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'PN', 'SH', 'TM', 'UC', 'UI']);
const SINGLE_TEXT = new Set(['LT', 'ST', 'UT', 'UR']);

export function decodePart10(bytes: Uint8Array): NaturalDataset {
  const ds = dicomParser.parseDicom(bytes, {
    vrCallback: ((tag: string) => keywordOfTag(tag)?.vr) as unknown as (tag: string) => void,
  });
  const charset = ds.string('x00080005') ?? '';
  const decoder = new TextDecoder(/ISO_IR 192/.test(charset) ? 'utf-8' : 'latin1');
  return naturalize(ds, decoder);
}

function naturalize(ds: DataSet, decoder: TextDecoder): NaturalDataset {
  const out: NaturalDataset = {};
  for (const [tag, el] of Object.entries(ds.elements)) {
    if (tag.startsWith('x0002') || tag.startsWith('xfffe')) continue;
    const info = keywordOfTag(tag);
    if (info === undefined) continue;
    const vr = el.vr ?? info.vr;
    const value = valueOf(ds, el, vr, decoder);
    if (value !== undefined) out[info.keyword] = value;
  }
  return out;
}

function valueOf(ds: DataSet, el: Element, vr: string, decoder: TextDecoder): unknown {
  if (vr === 'SQ' || el.items !== undefined) return (el.items ?? []).map((item) => (item.dataSet ? naturalize(item.dataSet, decoder) : {}));
  if (el.encapsulatedPixelData) return undefined;
  const raw = ds.byteArray.subarray(el.dataOffset, el.dataOffset + el.length);
  if (MULTI_TEXT.has(vr) || SINGLE_TEXT.has(vr)) {
    const s = decoder.decode(raw).replace(/[\0 ]+$/, '');
    const parts = SINGLE_TEXT.has(vr) ? [s] : s.split('\\').map((p) => p.trim());
    const vals = vr === 'DS' || vr === 'IS' ? parts.filter((p) => p !== '').map(Number) : parts;
    if (vals.length === 0 || (vals.length === 1 && vals[0] === '')) return '';
    return vals.length === 1 ? vals[0] : vals;
  }
  if (vr === 'OB' || vr === 'OW' || vr === 'UN' || vr === 'OF' || vr === 'OD' || vr === 'OL' || vr === 'OV') return [raw];
  const size = vr === 'US' || vr === 'SS' ? 2 : vr === 'FD' || vr === 'SV' || vr === 'UV' ? 8 : 4;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const little = ds.byteArrayParser === dicomParser.littleEndianByteArrayParser;
  const vals: number[] = [];
  for (let at = 0; at + size <= raw.length; at += size) {
    if (vr === 'US') vals.push(view.getUint16(at, little));
    else if (vr === 'SS') vals.push(view.getInt16(at, little));
    else if (vr === 'UL') vals.push(view.getUint32(at, little));
    else if (vr === 'SL') vals.push(view.getInt32(at, little));
    else if (vr === 'FL') vals.push(view.getFloat32(at, little));
    else if (vr === 'FD') vals.push(view.getFloat64(at, little));
    else if (vr === 'AT') vals.push(((view.getUint16(at, little) << 16) | view.getUint16(at + 2, little)) >>> 0);
    else return undefined;
  }
  return vals.length === 1 ? vals[0] : vals;
}
