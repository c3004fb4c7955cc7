/** Where a series' images come from; decides the Cornerstone imageId scheme. */
export type SeriesSource = 'demo' | 'files' | 'dicomweb';

export interface StudyEntry {
  readonly studyInstanceUID: string;
  readonly patientName: string;
  readonly patientId: string;
  /** IssuerOfPatientID (0010,0021): a Patient ID is only unique within its issuer. */
  readonly issuerOfPatientId?: string;
  /** DICOM DA, YYYYMMDD ('' when absent). */
  readonly studyDate: string;
  /** DICOM TM, HHMMSS.FFFFFF (orders same-day studies). */
  readonly studyTime?: string;
  readonly studyDescription: string;
  readonly source: SeriesSource;
}

export interface SeriesEntry {
  readonly seriesInstanceUID: string;
  readonly studyInstanceUID: string;
  readonly modality: string;
  readonly seriesDescription: string;
  readonly seriesNumber?: number;
  readonly instanceCount: number;
  /** Cornerstone imageIds in slice order (empty until known, e.g. DICOMweb before metadata). */
  readonly imageIds: readonly string[];
  readonly source: SeriesSource;
  /** A volume can be built (consistent geometry); else stack only, with the reason. */
  readonly notVolumeReason?: string;
  /** BodyPartExamined (0018,0015), for matching series across timepoints. */
  readonly bodyPartExamined?: string;
  readonly frameOfReferenceUID?: string;
  /** ImageOrientationPatient (0020,0037) of the first image: row then column direction cosines. */
  readonly imageOrientationPatient?: readonly number[];
}

/** A named problem with one input (file, URL or series): the rest still loads. */
export interface LoadError {
  readonly source: string;
  readonly reason: string;
}

/** 'compare': prior | current of one patient, synchronised (features/timeline). */
export type LayoutId = '1x1' | '1x2' | '1x3' | '2x2' | 'mpr' | 'fusion' | 'compare';
