import type { Vec3 } from '@caliper/core';
import type { AlignmentMethod, RigidTransform } from '../align/types';

/**
 * The alignment of a comparison as saved with the reading: which series/frames it maps, the rigid
 * transform current LPS → prior LPS (mm), how it was obtained and the reader's landmark pair.
 */
export interface AlignmentRecord {
  readonly priorStudyUID: string;
  readonly currentStudyUID: string;
  readonly priorSeriesUID: string;
  readonly currentSeriesUID: string;
  /** The transform maps these frames; it stays valid for any series pair in the same two frames. */
  readonly priorFrameOfReferenceUID?: string;
  readonly currentFrameOfReferenceUID?: string;
  readonly transform: RigidTransform;
  readonly method: AlignmentMethod;
  /** The reader's correction: the same anatomy in the prior and in the current (each in its own LPS mm). */
  readonly landmark?: { readonly priorMm: Vec3; readonly currentMm: Vec3 };
  /** Why a better alignment could not be used (e.g. registration failed). */
  readonly warning?: string;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/** The key an alignment is saved under: the two studies and the two frames it maps. */
export const alignmentKey = (r: Pick<AlignmentRecord, 'priorStudyUID' | 'currentStudyUID' | 'priorFrameOfReferenceUID' | 'currentFrameOfReferenceUID'>): string =>
  JSON.stringify([r.priorStudyUID, r.currentStudyUID, r.priorFrameOfReferenceUID ?? '', r.currentFrameOfReferenceUID ?? '']);
