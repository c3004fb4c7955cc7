import type { DataSet } from 'dicom-parser';

/**
 * Specific Character Set (0008,0005) defined terms → WHATWG encoding labels (PS3.3 C.12.1.1.2,
 * single-byte and multi-byte sets without code extensions). ISO 2022 code extensions (escape
 * sequences, e.g. "ISO 2022 IR 87" Japanese) are not decoded: such values keep dicom-parser's
 * byte-per-character reading, which is right for their ASCII part.
 */
const ENCODINGS: Readonly<Record<string, string>> = {
  'ISO_IR 6': 'utf-8', // ASCII: a subset of UTF-8
  'ISO_IR 100': 'iso-8859-1',
  'ISO_IR 101': 'iso-8859-2',
  'ISO_IR 109': 'iso-8859-3',
  'ISO_IR 110': 'iso-8859-4',
  'ISO_IR 144': 'iso-8859-5',
  'ISO_IR 127': 'iso-8859-6',
  'ISO_IR 126': 'iso-8859-7',
  'ISO_IR 138': 'iso-8859-8',
  'ISO_IR 148': 'iso-8859-9',
  'ISO_IR 203': 'iso-8859-15',
  'ISO_IR 166': 'windows-874',
  'ISO_IR 13': 'shift_jis',
  'ISO_IR 192': 'utf-8',
  GB18030: 'gb18030',
  GBK: 'gbk',
};

const decoders = new Map<string, TextDecoder | null>();

function makeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an encoding this runtime lacks: keep the byte reading
  }
}

function decoderFor(charset: string): TextDecoder | null {
  if (!decoders.has(charset)) {
    const label = ENCODINGS[charset];
    decoders.set(charset, label ? makeDecoder(label) : null);
  }
  return decoders.get(charset)!;
}

/** The data set's character set as one defined term, or null for the default repertoire or ISO 2022 code extensions. */
function charsetOf(ds: DataSet): string | null {
  const el = ds.elements.x00080005;
  if (!el || el.length === 0) return null;
  const terms = (ds.string('x00080005') ?? '').split('\\').map((t) => t.replace(/\0/g, '').trim());
  // "\ISO 2022 IR 87" and friends switch sets by escape sequences: not handled here.
  if (terms.length !== 1 || terms[0].startsWith('ISO 2022')) return null;
  return terms[0] || null;
}

/**
 * A text element's value decoded with the data set's Specific Character Set (UTF-8 for ISO_IR 192,
 * ISO 8859 parts, GB18030…), so "Müller" in UTF-8 reads "Müller", not "MÃ¼ller". Falls back to
 * dicom-parser's reading (one byte per character) without a character set, for ISO 2022 code
 * extensions and for elements not in this data set's own byte array. Not trimmed.
 */
export function decodeText(ds: DataSet, tag: string): string | undefined {
  const el = ds.elements[tag];
  if (!el) return undefined;
  const cs = charsetOf(ds);
  const d = cs ? decoderFor(cs) : null;
  if (!d || el.dataOffset === undefined || el.length === undefined || el.length < 0 || el.dataOffset + el.length > ds.byteArray.length) return ds.string(tag);
  return d.decode(ds.byteArray.subarray(el.dataOffset, el.dataOffset + el.length));
}
