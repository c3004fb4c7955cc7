/**
 * One image plane of a series as the key-image renderer reads it: values in the series' unit
 * (HU for CT), i-fastest (column i, row j), with the pixel size in mm along i and j.
 * Points on it are continuous slice pixel indices [i, j] (pixel centres at integers).
 */
export interface SlicePlane {
  readonly data: ArrayLike<number>;
  readonly width: number;
  readonly height: number;
  /** [along i (column spacing), along j (row spacing)] mm. */
  readonly spacingMm: readonly [number, number];
}

/** A point on a SlicePlane: continuous [column i, row j] pixel index. */
export type SlicePx = readonly [number, number];

/** Display window in the plane's unit: values ≤ low are black, ≥ high white. */
export interface DisplayWindow {
  readonly low: number;
  readonly high: number;
}

/** An RGB raster, 3 bytes per pixel, row by row from the top. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** Which timepoint of the course a key image shows. */
export type KeyImageRole = 'baseline' | 'nadir' | 'current';
