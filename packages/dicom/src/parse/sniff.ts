/** How to hand a byte array to dicom-parser. */
export type Framing =
  | { readonly kind: 'part10' }
  /** No preamble but starts with a File Meta group: parse after prepending preamble + "DICM". */
  | { readonly kind: 'meta-no-preamble' }
  /** A bare data set (no meta): parse with this transfer syntax. */
  | { readonly kind: 'raw'; readonly transferSyntaxUID: string }
  | { readonly kind: 'not-dicom'; readonly reason: string };

const VRS = new Set(
  'AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV'.split(' '),
);

/**
 * Recognise a DICOM stream: Part 10 ("DICM" at byte 128), a meta group without preamble, or a
 * bare little-endian data set starting with a plausible low group (0008 etc.), explicit if the
 * bytes after the first tag are a known VR (PS3.5 7.1), implicit otherwise.
 */
export function sniffDicom(bytes: Uint8Array): Framing {
  if (bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d) {
    return { kind: 'part10' };
  }
  if (bytes.length < 8) return { kind: 'not-dicom', reason: `not a DICOM file (only ${bytes.length} bytes)` };
  const group = bytes[0] | (bytes[1] << 8);
  const element = bytes[2] | (bytes[3] << 8);
  const vr = String.fromCharCode(bytes[4], bytes[5]);
  const explicit = VRS.has(vr);
  if (group === 0x0002 && explicit) return { kind: 'meta-no-preamble' };
  // A bare data set starts with a low even group (0008 identifying, sometimes 0010/0018/0020/0028).
  if (group >= 0x0008 && group <= 0x0028 && group % 2 === 0 && element <= 0x00ff) {
    if (explicit) return { kind: 'raw', transferSyntaxUID: '1.2.840.10008.1.2.1' };
    const len = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
    if (len >= 0 && len < bytes.length) return { kind: 'raw', transferSyntaxUID: '1.2.840.10008.1.2' };
  }
  return { kind: 'not-dicom', reason: "not a DICOM file (no 'DICM' marker at byte 128 and no recognisable data set)" };
}

/** Prepend a 128-byte zero preamble and "DICM" so dicom-parser reads the meta group. */
export function addPreamble(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 132);
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.set(bytes, 132);
  return out;
}
