import type { Geometry } from './geometry';
import type { IntensityUnit } from './units';

export type VoxelArray = Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array | Int8Array;

/**
 * A scalar volume: voxel values in `unit` (already rescaled: HU for CT, SUVbw / Bq/mL for PET,
 * ADC in 10^-3 mm2/s, or 'raw'), flat in i-fastest order (see Geometry).
 */
export interface Volume<T extends VoxelArray = VoxelArray> {
  readonly geometry: Geometry;
  readonly data: T;
  readonly unit: IntensityUnit;
  readonly modality?: string;
  readonly seriesInstanceUID?: string;
}

/**
 * A ROI mask on a volume's grid: 1 byte per voxel (0/1) over the full grid, plus the inclusive
 * voxel bounding box of the set voxels ([imin,jmin,kmin],[imax,jmax,kmax]); empty => bbox null.
 */
export interface Mask {
  readonly dimensions: readonly [number, number, number];
  readonly data: Uint8Array;
  readonly bbox: readonly [readonly [number, number, number], readonly [number, number, number]] | null;
}
