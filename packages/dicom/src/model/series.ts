import type { FileError, Vec3 } from '@caliper/core';
import type { Instance, Orientation } from './instance';

/** One image plane of a stack: a frame of an instance, with its position along the normal. */
export interface SliceRef {
  readonly instance: Instance;
  /** 0-based frame index inside the instance. */
  readonly frame: number;
  /** ImagePositionPatient of this frame (LPS mm), when known. */
  readonly position?: Vec3;
  /** Projection of position on the stack normal (mm), used for sorting. */
  readonly distance?: number;
}

/** Slice spacing derived from positions (not from SliceThickness). */
export interface SpacingInfo {
  /** Most frequent distance between consecutive slices, mm. */
  readonly spacing: number;
  readonly uniform: boolean;
  /** Human-readable reason when not uniform (gap, duplicate positions, irregular steps). */
  readonly issue?: string;
}

/**
 * A geometrically consistent stack of images: one SeriesInstanceUID (or a sub-stack of it when the
 * series mixes orientations/sizes), slices sorted along the normal.
 */
export interface Series {
  /** Unique key: seriesInstanceUID, or seriesInstanceUID + '#n' for the n-th sub-stack. */
  readonly id: string;
  readonly seriesInstanceUID: string;
  readonly studyInstanceUID: string;
  readonly modality: string;
  readonly seriesDescription?: string;
  readonly seriesNumber?: number;
  readonly rows: number;
  readonly columns: number;
  /** Instances in slice order (an enhanced multi-frame object appears once). */
  readonly instances: readonly Instance[];
  /** Every frame in slice order (classic: one per instance; enhanced: all frames). */
  readonly slices: readonly SliceRef[];
  readonly orientation?: Orientation;
  /** Unit normal row × column. */
  readonly normal?: Vec3;
  /** [row spacing, column spacing] mm. */
  readonly pixelSpacing?: readonly [number, number];
  readonly spacing?: SpacingInfo;
  /** True when slices can be stacked into a Volume (consistent geometry, ≥1 slice, distinct positions). */
  readonly isVolume: boolean;
  /** Why it is not a volume (missing geometry, duplicate positions...). */
  readonly notVolumeReason?: string;
  /** Why this sub-stack was split off its SeriesInstanceUID. */
  readonly splitReason?: string;
  /** What distinguishes this stack from its siblings at the same positions, e.g. 'DiffusionBValue = 400'. */
  readonly stackLabel?: string;
  readonly transferSyntaxes: readonly string[];
}

/** What every source returns: the instances that parsed, and a named error for each that did not. */
export interface LoadResult {
  readonly instances: Instance[];
  readonly errors: FileError[];
}
