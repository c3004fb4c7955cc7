import type { FileError, Result } from '@caliper/core';
import { err } from '@caliper/core';
import type { DataSet } from 'dicom-parser';
import type { Instance } from '../model/instance';
import dicomParser from './dicomParser';
import { inflateDataSet } from './inflate';
import { readInstance } from './readInstance';
import { addPreamble, sniffDicom } from './sniff';
import { describeTransferSyntax, transferSyntaxInfo } from './transferSyntax';

function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'exception' in e) return messageOf((e as { exception: unknown }).exception);
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Map dicom-parser's exceptions to a reason a user can act on. */
function explainParseFailure(e: unknown, size: number): string {
  const m = messageOf(e).replace(/^dicomParser[:.]\w+: /, '');
  if (/past end of buffer|overrun|buffer overread|beyond the end|attempt to read/i.test(m)) {
    return `truncated file or bogus element length: data runs past the end of the ${size}-byte file (${m})`;
  }
  if (/DICM prefix not found/.test(m)) return "not a DICOM file (no 'DICM' marker at byte 128)";
  // dicom-parser reads nested sequences recursively: a hostile nesting (thousands deep) exhausts the stack.
  if (e instanceof RangeError && /call stack/i.test(m)) return `corrupt DICOM: sequences nested too deeply to read (${m})`;
  return `corrupt DICOM: ${m.replace(/^dicomParser[:.]\w+: /, '')}`;
}

/** First element whose value runs past the end of the bytes: a bogus length or a truncated file. */
function findOverrun(ds: DataSet, size: number): string | undefined {
  for (const el of Object.values(ds.elements)) {
    if (el.encapsulatedPixelData || el.hadUndefinedLength) continue;
    if (el.length > 0 && el.dataOffset + el.length > size) {
      const tag = `(${el.tag.slice(1, 5)},${el.tag.slice(5)})`.toUpperCase();
      return `element ${tag} claims ${el.length} bytes at offset ${el.dataOffset} but the file has ${size} bytes (bogus element length or truncated file)`;
    }
  }
  return undefined;
}

/**
 * Parse one DICOM object from untrusted bytes. Never throws: any failure is a FileError naming
 * `name` and the reason (not DICOM, truncated, bogus element length, unsupported transfer syntax,
 * missing UIDs). Accepts Part 10 files and bare data sets without preamble.
 */
export function parseInstance(bytes: Uint8Array, name: string): Result<Instance, FileError> {
  const fail = (reason: string) => err<FileError>({ file: name, reason });
  try {
    const framing = sniffDicom(bytes);
    if (framing.kind === 'not-dicom') return fail(framing.reason);
    const input = framing.kind === 'meta-no-preamble' ? addPreamble(bytes) : bytes;
    let ds: DataSet;
    try {
      ds = dicomParser.parseDicom(input, {
        inflater: inflateDataSet as unknown as (arr: Uint8Array, position: number) => void,
        ...(framing.kind === 'raw' ? { TransferSyntaxUID: framing.transferSyntaxUID } : {}),
      });
    } catch (e) {
      return fail(explainParseFailure(e, bytes.length));
    }
    const byteArray = ds.byteArray as Uint8Array;
    const overrun = findOverrun(ds, byteArray.length);
    if (overrun) return fail(overrun);
    const tsuid = (ds.string('x00020010') ?? (framing.kind === 'raw' ? framing.transferSyntaxUID : '')).replace(/\0/g, '').trim();
    if (!transferSyntaxInfo(tsuid)) {
      return fail(`unsupported transfer syntax ${describeTransferSyntax(tsuid) || '(missing)'}`);
    }
    return readInstance(ds, byteArray, tsuid, name);
  } catch (e) {
    return fail(`corrupt DICOM: ${messageOf(e)}`);
  }
}
