import type { PatientPoint } from '@caliper/core';
import type { LesionStatus } from '@caliper/response';
import type { RoiShape } from './shapes';

/** The tool that made a lesion (shown in the lesion list). */
export type ToolKind =
  | 'bidirectional' | 'length' | 'ellipse' | 'circle' | 'rectangle' | 'freehand' | 'spline'
  | 'sphere' | 'petThreshold' | 'grow' | 'api' | 'brush' | 'scissors';

export type RecistRole = 'target' | 'non-target';

/**
 * A lesion's identity across timepoints and its assessment at this one (features/response). The
 * `uid` is the SR Tracking Unique Identifier, shared by the same lesion in every study; `label` is
 * the Tracking Identifier shown to the reader (e.g. "T1").
 */
export interface LesionTracking {
  readonly uid: string;
  readonly label: string;
  readonly role: 'target' | 'non-target' | 'new';
  readonly organ?: string;
  readonly nodal: boolean;
  readonly status: LesionStatus;
  /** Non-target / new: grew since the previous assessment (iRECIST). */
  readonly increased?: boolean;
  /** Lugano: the reader's Deauville score 1–5 at this timepoint. */
  readonly deauville?: number;
  /** mRECIST: viable (arterially enhancing) diameter, mm, when the reader gave one. */
  readonly viableLongMm?: number;
  /** Proposed on a follow-up from an earlier timepoint; cleared when the reader accepts it. */
  readonly proposed?: boolean;
}

/** Reference regions (not lesions): PERCIST liver SULmean/SD, Deauville mediastinal blood pool. */
export type ReferenceRegion = 'liver' | 'mediastinum';

/** A Cornerstone annotation as plain JSON (enough to re-create it on undo/redo). */
export type AnnotationSnapshot = Readonly<Record<string, unknown>> & { readonly annotationUID: string };

export interface Lesion {
  /** Equals the Cornerstone annotationUID when drawn with a tool. */
  readonly id: string;
  readonly name: string;
  /** Where it is: viewport/plane and patient z, e.g. "Axial z −80.0 mm". */
  readonly location: string;
  readonly role: RecistRole;
  readonly tool: ToolKind;
  readonly shape: RoiShape;
  /** Bumped at every shape change: results carry the version they were computed for. */
  readonly version: number;
  /** Series measured for this lesion (the drawn-on series first; PET+CT on a fusion viewport). */
  readonly seriesUIDs: readonly string[];
  /** Point to jump to (centre of the ROI), patient LPS mm. */
  readonly focusMm: PatientPoint;
  readonly viewportId?: string;
  /** The annotation showing it (the drawn ROI, or the auto-RECIST bidirectional of a 3D ROI). */
  readonly annotation?: AnnotationSnapshot;
  /** Longitudinal identity (absent: a lesion of this study only, tracked under its own id). */
  readonly tracking?: LesionTracking;
  /**
   * Click-to-grow: the seed (LPS mm) and the bounds accepted, to re-grow it on a follow-up. `auto`:
   * the bounds were Caliper's rule from the local intensity (PET: 41 % of the local SUVmax), which
   * is applied again there rather than the same numbers (uptake changes between visits).
   */
  readonly growParams?: { readonly seedMm: readonly [number, number, number]; readonly lower: number; readonly upper: number; readonly auto?: boolean };
  /** Marks a reference region: measured, but not a lesion in the response assessment. */
  readonly referenceRegion?: ReferenceRegion;
  /** Locked by the reader: no tool (not even the edit tool) moves or resizes its drawing. */
  readonly locked?: boolean;
  /** Every change the reader made to it (and its undo/redo), oldest first; never undone itself. */
  readonly history?: readonly LesionEdit[];
}

/** A lesion's main value as a shape gives it (long axis, diameter, area…), with its unit. */
export interface MainValue {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** One entry of a lesion's history: what changed, when, and its main value before → after. */
export interface LesionEdit {
  /** ISO 8601 time of the change. */
  readonly at: string;
  /** A change of the reader's, or the undo/redo of one. */
  readonly via: 'edit' | 'undo' | 'redo';
  /** Fields changed: 'shape', 'drawing' (the annotation only), 'name', 'role', 'locked', … */
  readonly fields: readonly string[];
  /** Main value before and after a shape change (absent when the shape has none or did not change). */
  readonly before?: MainValue;
  readonly after?: MainValue;
}
