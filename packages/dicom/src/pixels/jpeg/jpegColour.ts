/** What a JPEG stream says about its colour space (ITU-T T.872 / libjpeg's rules). */
export interface JpegColourMarkers {
  /** A JFIF APP0 segment: the components are YCbCr. */
  readonly jfif: boolean;
  /** Transform flag of an Adobe APP14 segment (0 = none: RGB stored as is, 1 = YCbCr), if any. */
  readonly adobeTransform: number | undefined;
  /** Component identifiers from the SOF segment ('R','G','B' = 82,71,66 means RGB). */
  readonly componentIds: readonly number[];
}

const JFIF = [0x4a, 0x46, 0x49, 0x46, 0x00];
const ADOBE = [0x41, 0x64, 0x6f, 0x62, 0x65];

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]) => sig.every((b, i) => bytes[at + i] === b);

/** Read the APP0/APP14 markers and SOF component ids of a JPEG stream (ISO 10918-1 B.2). */
export function readJpegColourMarkers(jpeg: Uint8Array): JpegColourMarkers {
  let jfif = false;
  let adobeTransform: number | undefined;
  let componentIds: number[] = [];
  for (let i = 2; i + 4 <= jpeg.length; ) {
    if (jpeg[i] !== 0xff) break;
    const marker = jpeg[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = (jpeg[i + 2] << 8) | jpeg[i + 3];
    const seg = i + 4;
    if (marker === 0xe0 && len >= 7 && startsWith(jpeg, seg, JFIF)) jfif = true;
    if (marker === 0xee && len >= 14 && startsWith(jpeg, seg, ADOBE)) adobeTransform = jpeg[seg + 11];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const n = jpeg[seg + 5] ?? 0;
      componentIds = Array.from({ length: n }, (_, c) => jpeg[seg + 6 + 3 * c]);
    }
    if (marker === 0xda) break;
    i += 2 + len;
  }
  return { jfif, adobeTransform, componentIds };
}

/**
 * Whether a 3-component JPEG holds RGB samples that must not be colour-converted, given the DICOM
 * Photometric Interpretation. The stream decides first, as libjpeg and pydicom do: a JFIF marker
 * means YCbCr; an Adobe APP14 marker's transform 0 means RGB (1 means YCbCr); component ids
 * 'R','G','B' mean RGB. A stream with none of these is YCbCr to libjpeg, but pydicom 3 then follows
 * the data set: Photometric Interpretation RGB means the samples are RGB, with no transform.
 */
export function jpegHoldsRgb(m: JpegColourMarkers, photometricInterpretation: string): boolean {
  if (m.jfif) return false;
  if (m.adobeTransform !== undefined) return m.adobeTransform === 0;
  const [a, b, c] = m.componentIds;
  if ((a === 82 && b === 71 && c === 66) || (a === 114 && b === 103 && c === 98)) return true;
  return photometricInterpretation === 'RGB';
}

/**
 * The stream with an Adobe APP14 segment (transform 0) after SOI and any JFIF APP0 or Adobe
 * APP14 segment removed, so libjpeg decodes the components without a colour transform.
 */
export function withoutColourTransform(jpeg: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [jpeg.subarray(0, 2), Uint8Array.from([0xff, 0xee, 0, 14, ...ADOBE, 0, 100, 0, 0, 0, 0, 0])];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff && jpeg[i + 1] !== 0xda) {
    const marker = jpeg[i + 1];
    const end = i + 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
    const drop = (marker === 0xe0 && startsWith(jpeg, i + 4, JFIF)) || (marker === 0xee && startsWith(jpeg, i + 4, ADOBE));
    if (!drop) parts.push(jpeg.subarray(i, end));
    i = end;
  }
  parts.push(jpeg.subarray(i));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
