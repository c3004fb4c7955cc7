import type { SeriesSource } from '../../../app/types';

/** One study of a patient's timeline. */
export interface Timepoint {
  readonly studyInstanceUID: string;
  /** DICOM DA as stored ('' when absent). */
  readonly studyDate: string;
  readonly studyTime?: string;
  readonly studyDescription: string;
  /** Whole days from the baseline's date (negative before it); null without dates. */
  readonly dayFromBaseline: number | null;
  /** Modalities of its image series, sorted, without duplicates. */
  readonly modalities: readonly string[];
  readonly isBaseline: boolean;
  /** Excluded by the reader: listed, never a baseline, prior or current. */
  readonly excluded: boolean;
  readonly source: SeriesSource;
}

/** The studies of one patient (same Patient ID within the same issuer), oldest first. */
export interface PatientTimeline {
  /** Patient ID + issuer; for a study without Patient ID, 'study:' + its UID. */
  readonly key: string;
  readonly patientId: string;
  readonly issuerOfPatientId?: string;
  readonly patientName: string;
  readonly timepoints: readonly Timepoint[];
  readonly baselineStudyUID?: string;
  /** Identity problems the reader must see (never merged silently). */
  readonly warnings: readonly string[];
}

/** The reader's choices that shape the timelines. */
export interface TimelineChoices {
  /** Timeline key → study chosen as baseline. */
  readonly baselines?: Readonly<Record<string, string>>;
  /** Study UIDs excluded from the reading. */
  readonly excluded?: Readonly<Record<string, boolean>>;
}
