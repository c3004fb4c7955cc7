import dicomParser from '../../parse/dicomParser';
import { inflateDataSet } from '../../parse/inflate';

/** Where one length field sits in a file, so a mutation can rewrite it in place. */
export interface LengthField {
  /** dicom-parser tag ('x00280010'), or 'item'/'fragment' inside a sequence or Pixel Data. */
  readonly tag: string;
  /** Byte offset of the length field itself. */
  readonly at: number;
  /** 2 (explicit VR short form) or 4 bytes. */
  readonly size: 2 | 4;
  readonly littleEndian: boolean;
  /** Offset and length of the value it describes. */
  readonly dataOffset: number;
  readonly length: number;
}

export interface ElementMap {
  readonly fields: readonly LengthField[];
  /** Offset of the (7FE0,0010) element's tag, where new elements can be spliced in before it. */
  readonly pixelTagAt?: number;
  /** Encapsulated Pixel Data fragments (value offset and length). */
  readonly fragments: readonly { readonly position: number; readonly length: number }[];
  readonly explicit: boolean;
  readonly littleEndian: boolean;
  readonly transferSyntaxUID: string;
}

// Explicit VRs whose length is 4 bytes after 2 reserved bytes (PS3.5 7.1.2).
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

interface RawElement {
  tag: string;
  vr?: string;
  length: number;
  dataOffset: number;
  hadUndefinedLength?: boolean;
  items?: { dataOffset: number; length: number; hadUndefinedLength?: boolean; dataSet?: { elements: Record<string, RawElement> } }[];
  fragments?: { position: number; length: number }[];
}

/**
 * Every length field of a valid Part 10 seed (meta group, data set, sequence items, Pixel Data
 * fragments), read with dicom-parser. A deflated data set only exposes its meta group: its other
 * lengths are inside the deflate stream.
 */
export function mapElements(bytes: Uint8Array): ElementMap {
  const ds = dicomParser.parseDicom(bytes, { inflater: inflateDataSet as unknown as (a: Uint8Array, p: number) => void });
  const ts = (ds.string('x00020010') ?? '').replace(/\0/g, '').trim();
  const deflated = ts === '1.2.840.10008.1.2.1.99';
  const explicit = ts !== '1.2.840.10008.1.2';
  const littleEndian = ts !== '1.2.840.10008.1.2.2';
  const fields: LengthField[] = [];
  const fragments: { position: number; length: number }[] = [];
  let pixelTagAt: number | undefined;
  const walk = (elements: Record<string, RawElement>, inMeta: boolean) => {
    for (const el of Object.values(elements)) {
      const meta = inMeta && el.tag.startsWith('x0002');
      if (deflated && !meta) continue;
      const le = meta || littleEndian;
      const isExplicit = meta || explicit;
      const long = !isExplicit || LONG_VRS.has(el.vr ?? '');
      fields.push({ tag: el.tag, at: el.dataOffset - (long ? 4 : 2), size: long ? 4 : 2, littleEndian: le, dataOffset: el.dataOffset, length: el.length });
      if (el.tag === 'x7fe00010') pixelTagAt = el.dataOffset - (isExplicit ? 12 : 8);
      for (const item of el.items ?? []) {
        fields.push({ tag: 'item', at: item.dataOffset - 4, size: 4, littleEndian: le, dataOffset: item.dataOffset, length: item.length });
        if (item.dataSet) walk(item.dataSet.elements, false);
      }
      for (const f of el.fragments ?? []) {
        fields.push({ tag: 'fragment', at: f.position - 4, size: 4, littleEndian: le, dataOffset: f.position, length: f.length });
        fragments.push({ position: f.position, length: f.length });
      }
    }
  };
  walk(ds.elements as unknown as Record<string, RawElement>, true);
  return { fields, pixelTagAt, fragments, explicit, littleEndian, transferSyntaxUID: ts };
}
