import dcmjs from 'dcmjs';

/** DICOM data dictionary lookups (keyword ↔ tag, VR), from dcmjs's PS3.6 dictionary. */
interface Entry {
  readonly tag: string;
  readonly vr: string;
  readonly name: string;
}

const dict = dcmjs.data.DicomMetaDictionary as unknown as {
  nameMap: Record<string, Entry | undefined>;
  dictionary: Record<string, Entry | undefined>;
};

export interface TagInfo {
  /** (group << 16) | element */
  readonly tag: number;
  readonly vr: string;
}

/** Tag and VR of a keyword, e.g. 'PixelData' → 0x7fe00010, 'OB'. Ambiguous VRs resolve to US / OB. */
export function tagOfKeyword(keyword: string): TagInfo | undefined {
  const e = dict.nameMap[keyword];
  if (e === undefined) return undefined;
  const m = /^\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)$/.exec(e.tag);
  if (m === null) return undefined;
  return { tag: parseInt(m[1] + m[2], 16) >>> 0, vr: resolveVr(e.vr) };
}

/** Keyword and VR of a tag 'xggggeeee' (dicom-parser form); undefined for private/unknown tags. */
export function keywordOfTag(tag: string): { keyword: string; vr: string } | undefined {
  const g = tag.slice(1, 5).toUpperCase(), e = tag.slice(5, 9).toUpperCase();
  const entry = dict.dictionary[`(${g},${e})`];
  return entry === undefined ? undefined : { keyword: entry.name, vr: resolveVr(entry.vr) };
}

function resolveVr(vr: string): string {
  if (vr === 'ox' || vr === 'OB or OW' || vr === 'OB|OW') return 'OB';
  if (vr === 'xs' || vr === 'US or SS' || vr === 'US|SS') return 'US';
  if (vr.length > 2) return vr.slice(0, 2);
  return vr;
}
