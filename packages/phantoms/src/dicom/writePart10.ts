import { dcmjsApi } from './dcmjsApi';
import type { Dataset } from './elements';
import { el } from './elements';
import { encodeJpegLs } from './encodeJpegLs';
import type { loadCharls } from './encodeJpegLs';
import { TRANSFER_SYNTAX } from './transferSyntax';
import type { TransferSyntaxName } from './transferSyntax';

export const IMPLEMENTATION_CLASS_UID = '2.25.302613398749173045208498326173580771183';

export interface PixelFrame {
  readonly pixels: Uint16Array;
  readonly columns: number;
  readonly rows: number;
  readonly bitsStored: number;
}

export type Charls = Awaited<ReturnType<typeof loadCharls>>;

export interface WritePart10Options {
  /** Keep values longer than their VR allows (hostile-input phantoms only; default false). */
  readonly allowInvalidVRLength?: boolean;
}

/**
 * A DICOM Part 10 file (preamble, File Meta Information, data set) for one single-frame image.
 * `charls` is required for the JPEG-LS syntax.
 */
export function writePart10(dataset: Dataset, frame: PixelFrame, syntax: TransferSyntaxName, charls?: Charls, options: WritePart10Options = {}): Uint8Array {
  const ts = TRANSFER_SYNTAX[syntax];
  const meta: Dataset = {
    '00020001': el('OB', new Uint8Array([0, 1]).buffer),
    '00020002': dataset['00080016'],
    '00020003': dataset['00080018'],
    '00020010': el('UI', ts),
    '00020012': el('UI', IMPLEMENTATION_CLASS_UID),
    '00020013': el('SH', 'CALIPER_PHANTOM'),
  };
  const dict = new dcmjsApi.data.DicomDict(meta);
  let pixelData: ArrayBuffer;
  if (syntax === 'jpegls') {
    if (!charls) throw new Error('JPEG-LS needs the CharLS module (loadCharls())');
    const code = encodeJpegLs(charls, frame.pixels, frame.columns, frame.rows, frame.bitsStored);
    pixelData = code.buffer.slice(code.byteOffset, code.byteOffset + code.byteLength) as ArrayBuffer;
  } else {
    const p = frame.pixels;
    pixelData = p.buffer.slice(p.byteOffset, p.byteOffset + p.byteLength) as ArrayBuffer;
  }
  const body: Dataset = { ...dataset, '7FE00010': el(syntax === 'jpegls' ? 'OB' : 'OW', pixelData) };
  if (syntax === 'jpegls') body['00282110'] = el('CS', '00');
  dict.dict = body;
  return new Uint8Array(dict.write({ fragmentMultiframe: false, allowInvalidVRLength: options.allowInvalidVRLength ?? false }));
}
