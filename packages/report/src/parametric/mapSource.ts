import type { Geometry } from '@caliper/core';
import type { NaturalDataset } from 'dcmjs';

/** The dynamic series a map was computed from: its grid, headers and instance references. */
export interface MapSource {
  readonly geometry: Geometry;
  /** readSourceAttributes of the image at each slice k (one entry is enough: it serves every slice). */
  readonly slices: readonly NaturalDataset[];
  readonly seriesInstanceUID: string;
  readonly seriesNumber?: number;
  readonly sopClassUID: string;
  /** SOP Instance UID of the source image at each slice k (referenced by each frame). */
  readonly sopInstanceUIDs: readonly string[];
}

/** How a map was made, for the series description and derivation text ('etofts fit, parker AIF'). */
export interface MapProvenance {
  readonly method: string;
  readonly now?: Date;
  readonly seriesInstanceUID?: string;
  readonly seriesNumber?: number;
}

export const sliceAttributes = (src: MapSource, k: number): NaturalDataset => src.slices[Math.min(k, src.slices.length - 1)] ?? {};
