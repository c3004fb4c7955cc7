/** Transfer syntaxes (PS3.5 / PS3.6 Annex A) and how this package handles their pixel data. */
export type PixelEncoding =
  | 'native-le'
  | 'native-be'
  | 'deflated'
  | 'rle'
  | 'jpeg-baseline'
  | 'jpeg-extended'
  | 'jpeg-lossless'
  | 'jpeg-ls'
  | 'j2k'
  | 'htj2k'
  | 'encapsulated-uncompressed';

export interface TransferSyntaxInfo {
  readonly uid: string;
  readonly name: string;
  readonly encoding: PixelEncoding;
  readonly lossy: boolean;
}

const table: readonly TransferSyntaxInfo[] = [
  { uid: '1.2.840.10008.1.2', name: 'Implicit VR Little Endian', encoding: 'native-le', lossy: false },
  { uid: '1.2.840.10008.1.2.1', name: 'Explicit VR Little Endian', encoding: 'native-le', lossy: false },
  { uid: '1.2.840.10008.1.2.1.98', name: 'Encapsulated Uncompressed Explicit VR Little Endian', encoding: 'encapsulated-uncompressed', lossy: false },
  { uid: '1.2.840.10008.1.2.1.99', name: 'Deflated Explicit VR Little Endian', encoding: 'deflated', lossy: false },
  { uid: '1.2.840.10008.1.2.2', name: 'Explicit VR Big Endian', encoding: 'native-be', lossy: false },
  { uid: '1.2.840.10008.1.2.4.50', name: 'JPEG Baseline (Process 1)', encoding: 'jpeg-baseline', lossy: true },
  { uid: '1.2.840.10008.1.2.4.51', name: 'JPEG Extended (Process 2 & 4)', encoding: 'jpeg-extended', lossy: true },
  { uid: '1.2.840.10008.1.2.4.57', name: 'JPEG Lossless, Non-Hierarchical (Process 14)', encoding: 'jpeg-lossless', lossy: false },
  { uid: '1.2.840.10008.1.2.4.70', name: 'JPEG Lossless, First-Order Prediction (Process 14 SV1)', encoding: 'jpeg-lossless', lossy: false },
  { uid: '1.2.840.10008.1.2.4.80', name: 'JPEG-LS Lossless', encoding: 'jpeg-ls', lossy: false },
  { uid: '1.2.840.10008.1.2.4.81', name: 'JPEG-LS Lossy (Near-Lossless)', encoding: 'jpeg-ls', lossy: true },
  { uid: '1.2.840.10008.1.2.4.90', name: 'JPEG 2000 (Lossless Only)', encoding: 'j2k', lossy: false },
  { uid: '1.2.840.10008.1.2.4.91', name: 'JPEG 2000', encoding: 'j2k', lossy: true },
  { uid: '1.2.840.10008.1.2.4.201', name: 'HTJ2K (Lossless Only)', encoding: 'htj2k', lossy: false },
  { uid: '1.2.840.10008.1.2.4.202', name: 'HTJ2K with RPCL (Lossless Only)', encoding: 'htj2k', lossy: false },
  { uid: '1.2.840.10008.1.2.4.203', name: 'HTJ2K', encoding: 'htj2k', lossy: true },
  { uid: '1.2.840.10008.1.2.5', name: 'RLE Lossless', encoding: 'rle', lossy: false },
];

const byUid = new Map(table.map((t) => [t.uid, t]));

/** Known transfer syntax, or undefined (e.g. MPEG video, JPEG XL, private). */
export function transferSyntaxInfo(uid: string): TransferSyntaxInfo | undefined {
  return byUid.get(uid);
}

/** Display form "Name (uid)" for reports; the bare UID when unknown. */
export function describeTransferSyntax(uid: string): string {
  const t = byUid.get(uid);
  return t ? `${t.name} (${uid})` : uid;
}
