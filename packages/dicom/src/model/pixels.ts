/** Stored pixel values, as pydicom's pixel_array dtype would be. */
export type PixelArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/**
 * Decoded stored values (no rescale), frames first, samples interleaved (planar configuration
 * converted), native endianness, 1-bit data unpacked to one byte per pixel: pydicom's pixel_array.
 */
export interface DecodedPixels {
  readonly data: PixelArray;
  readonly frames: number;
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  /** Colour space of the output (e.g. RGB after a YBR JPEG decode). */
  readonly photometricInterpretation: string;
}
