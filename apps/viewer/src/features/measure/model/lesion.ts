import type { PatientPoint } from '@caliper/core';
import type { RoiShape } from './shapes';

/** The tool that made a lesion (shown in the lesion list). */
export type ToolKind =
  | 'bidirectional' | 'length' | 'ellipse' | 'circle' | 'rectangle' | 'freehand' | 'spline'
  | 'sphere' | 'petThreshold' | 'grow' | 'api' | 'brush' | 'scissors';

export type RecistRole = 'target' | 'non-target';

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
}
