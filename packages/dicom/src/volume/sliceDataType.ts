/** Typed array a scalar volume is stored in (the names Cornerstone3D uses for `dataType`). */
export type SliceDataType = 'Uint8Array' | 'Int16Array' | 'Uint16Array' | 'Float32Array';

export interface SliceDataTypeOptions {
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
  /** Modality LUT of every slice of the series (RescaleSlope, RescaleIntercept). */
  readonly rescales: readonly (readonly [slope: number, intercept: number])[];
  /** Factor applied after the rescale (e.g. SUVbw per slice); 1 when absent. */
  readonly factors?: readonly number[];
  /** Float Pixel Data (7FE0,0008/0009). */
  readonly floatPixels?: boolean;
}

const RANGES: readonly [SliceDataType, number, number][] = [
  ['Uint8Array', 0, 255],
  ['Int16Array', -32768, 32767],
  ['Uint16Array', 0, 65535],
];

/**
 * The smallest typed array that holds every value a series can produce once rescaled, decided from
 * its headers alone (before any pixel is decoded, so slices can be written into their final buffer
 * as they arrive): integers when every slope, intercept and factor is an integer and the rescaled
 * range of the stored bits (PS3.3 C.7.6.3.1: BitsStored, PixelRepresentation) fits; Float32 otherwise.
 */
export function sliceDataType(o: SliceDataTypeOptions): SliceDataType {
  if (o.floatPixels || o.bitsAllocated > 16) return 'Float32Array';
  const bits = Math.min(Math.max(o.bitsStored, 1), o.bitsAllocated);
  const lo = o.pixelRepresentation === 1 ? -(2 ** (bits - 1)) : 0;
  const hi = o.pixelRepresentation === 1 ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < o.rescales.length; k++) {
    const [m, b] = o.rescales[k];
    const f = o.factors?.[k] ?? 1;
    if (![m, b, f].every(Number.isInteger)) return 'Float32Array';
    const ends = [(lo * m + b) * f, (hi * m + b) * f];
    min = Math.min(min, ...ends);
    max = Math.max(max, ...ends);
  }
  if (!o.rescales.length) return 'Float32Array';
  for (const [type, a, z] of RANGES) if (min >= a && max <= z) return type;
  return 'Float32Array';
}

/** Bytes per voxel of a SliceDataType. */
export const bytesPerVoxel = (t: SliceDataType): number => (t === 'Uint8Array' ? 1 : t === 'Float32Array' ? 4 : 2);
