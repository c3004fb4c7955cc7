import type { KeyRole } from './keyTimepoints';

/** The DICOM image a snapshot shows (what a Key Object Selection references). */
export interface ViewRef {
  readonly studyInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly sopClassUID: string;
  readonly sopInstanceUID: string;
  readonly modality: string;
}

/** An annotated snapshot shown in the case summary, the PDF, and referenced in a KOS. */
export interface KeyImage {
  readonly id: string;
  /** Tracked lesion id (e.g. "L1"); null for a view the presenter added. */
  readonly lesion: string | null;
  readonly role: KeyRole | 'added';
  /** Study date of the image (YYYY-MM-DD), when known. */
  readonly date: string | null;
  /** Caption burnt into the snapshot and written under it (lesion, role, date, values; no identifiers). */
  readonly caption: string;
  /** PNG data URL. */
  readonly png: string;
  /** JPEG data URL of the same snapshot (for the PDF). */
  readonly jpeg: string;
  readonly width: number;
  readonly height: number;
  /** The DICOM image shown (for the Key Object Selection), null when unknown. */
  readonly ref: ViewRef | null;
}

export interface KeyImageProgress {
  readonly state: 'idle' | 'working' | 'error';
  readonly done: number;
  readonly total: number;
  readonly message?: string;
}
