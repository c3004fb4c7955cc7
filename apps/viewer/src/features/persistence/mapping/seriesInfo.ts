import type { Grid } from '@caliper/report';

/**
 * What the reading mapping needs to know about a loaded series: its voxel grid (as the engine
 * and Cornerstone see it) and the DICOM identity of each slice k.
 */
export interface SeriesInfo {
  readonly seriesInstanceUID: string;
  readonly studyInstanceUID: string;
  readonly sopClassUID: string;
  readonly frameOfReferenceUID: string;
  readonly grid: Grid;
  /** SOP Instance UID of slice k (length = grid.dimensions[2]). */
  readonly sopInstanceUIDs: readonly string[];
  /** Cornerstone imageId of slice k. */
  readonly imageIds: readonly string[];
  /**
   * Set for a series Caliper computed itself (e.g. the ADC map of a DWI): it is in no PACS, so a
   * saved reading references the DICOM series it was derived from instead. `sopClassUID` and
   * `sopInstanceUIDs` are then those of the source image of each slice k (same geometry).
   */
  readonly derivedFrom?: {
    readonly seriesInstanceUID: string;
    /** How the derived series was computed (becomes the method of the values measured on it). */
    readonly method: string;
  };
}

export type SeriesLookup = (seriesInstanceUID: string) => SeriesInfo | undefined;

/** Index of the grid slice nearest to a patient point (LPS mm), clamped to the grid. */
export function sliceIndexOf(grid: Grid, p: readonly number[]): number {
  const d = grid.sliceDirection, o = grid.origin;
  const t = ((p[0] - o[0]) * d[0] + (p[1] - o[1]) * d[1] + (p[2] - o[2]) * d[2]) / grid.spacing[2];
  return Math.min(grid.dimensions[2] - 1, Math.max(0, Math.round(t)));
}
