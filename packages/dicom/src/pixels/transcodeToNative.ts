import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Element } from 'dicom-parser';
import type { Instance } from '../model/instance';
import { parseInstance } from '../parse/parseInstance';
import { transferSyntaxInfo } from '../parse/transferSyntax';
import { bytesOf } from './pixelArrays';
import { decodeFrames } from './decodeFrames';

const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
/** Explicit VR elements with a 2-byte reserved field and a 4-byte length (PS3.5 7.1.2). */
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT']);

/**
 * A Part 10 file with encapsulated (compressed) Pixel Data rewritten as Explicit VR Little Endian
 * with native Pixel Data, so readers of native pixels (dcmjs-based SEG/Parametric Map import) take
 * compressed objects too. 1-bit data (BINARY SEG) is packed again, LSB first (PS3.5 8.1.1). Every
 * other element is copied byte for byte: the data set of an encapsulated transfer syntax is already
 * Explicit VR Little Endian. A file that is not encapsulated is returned unchanged.
 */
export async function transcodeToNative(bytes: Uint8Array, name: string): Promise<Result<Uint8Array, FileError>> {
  const parsed = parseInstance(bytes, name);
  if (!parsed.ok) return parsed;
  const inst = parsed.value;
  const pixelEl = inst.dataSet.elements.x7fe00010;
  if (!pixelEl?.encapsulatedPixelData) return ok(bytes);
  const ts = transferSyntaxInfo(inst.transferSyntaxUID);
  if (!ts) return err({ file: name, reason: `unsupported transfer syntax ${inst.transferSyntaxUID}` });
  const decoded = await decodeFrames(inst);
  if (!decoded.ok) return decoded;
  const pixels = inst.bitsAllocated === 1 ? packBits(bytesOf(decoded.value.data)) : bytesOf(decoded.value.data);
  const padded = pixels.length % 2 ? padToEven(pixels) : pixels;
  const header = elementHeader(0x7fe0, 0x0010, inst.bitsAllocated > 8 ? 'OW' : 'OB', padded.length);
  return replacePixelData(inst, EXPLICIT_VR_LITTLE_ENDIAN, [header, padded]);
}

/**
 * The file of `inst` with its Pixel Data element replaced by `pixelElement` (header and value, in
 * parts) and (0002,0010) set to `transferSyntaxUID`; elements after Pixel Data (padding) are
 * dropped. The data set must be Explicit VR Little Endian (every encapsulated syntax and 1.2.1).
 */
export function replacePixelData(inst: Instance, transferSyntaxUID: string, pixelElement: readonly Uint8Array[]): Result<Uint8Array, FileError> {
  const el = inst.dataSet.elements.x7fe00010;
  const dataStart = metaEnd(inst);
  if (!el || dataStart === undefined) return err({ file: inst.file, reason: 'cannot locate the file meta group or Pixel Data' });
  const headerLength = el.encapsulatedPixelData || (el.vr !== undefined && LONG_VRS.has(el.vr)) ? 12 : 8;
  // The Extended Offset Table and its lengths (7FE0,0001/0002, OV: 12-byte headers) describe
  // encapsulated fragments only; they sit just before Pixel Data and are dropped with it.
  const eot = ['x7fe00001', 'x7fe00002'].map((t) => inst.dataSet.elements[t]).filter((e) => e !== undefined).map((e) => e.dataOffset - 12);
  const body = inst.byteArray.subarray(dataStart, Math.min(el.dataOffset - headerLength, ...eot));
  const meta = metaGroup(inst, transferSyntaxUID);
  const parts = [meta, body, ...pixelElement];
  const out = new Uint8Array(132 + parts.reduce((n, p) => n + p.length, 0));
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  let at = 132;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return ok(out);
}

/** `bytes` with one zero byte appended (DICOM values have even length). */
function padToEven(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/** Packs 0/1 bytes into bits, least significant bit first. */
export function packBits(values: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(values.length / 8));
  for (let p = 0; p < values.length; p++) if (values[p]) out[p >> 3] |= 1 << (p & 7);
  return out;
}

/** End of the file meta group (0002,xxxx) in the file's bytes, from its group length. */
function metaEnd(inst: Instance): number | undefined {
  const gl = inst.dataSet.elements.x00020000;
  if (!gl) return undefined;
  return gl.dataOffset + gl.length + inst.dataSet.uint32('x00020000')!;
}

/** The meta group with (0002,0010) set to Explicit VR Little Endian and its group length redone. */
function metaGroup(inst: Instance, transferSyntaxUID: string): Uint8Array {
  const parts: Uint8Array[] = [];
  const tags = Object.keys(inst.dataSet.elements).filter((t) => t.startsWith('x0002') && t !== 'x00020000').sort();
  for (const tag of tags) {
    if (tag === 'x00020010') {
      parts.push(stringElement(0x0002, 0x0010, 'UI', transferSyntaxUID));
      continue;
    }
    parts.push(rawElement(inst, inst.dataSet.elements[tag]));
  }
  const length = parts.reduce((n, p) => n + p.length, 0);
  const group = new Uint8Array(12 + length);
  group.set(elementHeader(0x0002, 0x0000, 'UL', 4), 0);
  new DataView(group.buffer).setUint32(8, length, true);
  let at = 12;
  for (const p of parts) {
    group.set(p, at);
    at += p.length;
  }
  return group;
}

function rawElement(inst: Instance, el: Element): Uint8Array {
  const header = el.vr !== undefined && LONG_VRS.has(el.vr) ? 12 : 8;
  return inst.byteArray.subarray(el.dataOffset - header, el.dataOffset + el.length);
}

function stringElement(group: number, element: number, vr: string, value: string): Uint8Array {
  const text = value.length % 2 ? `${value}\0` : value;
  const out = new Uint8Array(8 + text.length);
  out.set(elementHeader(group, element, vr, text.length), 0);
  for (let i = 0; i < text.length; i++) out[8 + i] = text.charCodeAt(i);
  return out;
}

export function elementHeader(group: number, element: number, vr: string, length: number): Uint8Array {
  const long = LONG_VRS.has(vr);
  const out = new Uint8Array(long ? 12 : 8);
  const v = new DataView(out.buffer);
  v.setUint16(0, group, true);
  v.setUint16(2, element, true);
  out[4] = vr.charCodeAt(0);
  out[5] = vr.charCodeAt(1);
  if (long) v.setUint32(8, length, true);
  else v.setUint16(6, length, true);
  return out;
}
