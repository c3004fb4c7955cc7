/** Transfer syntaxes the phantom writes. */
export const TRANSFER_SYNTAX = {
  /** Explicit VR Little Endian: raw pixels, for fixtures and validation. */
  explicit: '1.2.840.10008.1.2.1',
  /** JPEG-LS Lossless: the compact demo encoding; Cornerstone's dicom-image-loader decodes it (CharLS). */
  jpegls: '1.2.840.10008.1.2.4.80',
} as const;
export type TransferSyntaxName = keyof typeof TRANSFER_SYNTAX;
