/** Where a series' images come from; decides the Cornerstone imageId scheme. */
export type SeriesSource = 'demo' | 'files' | 'dicomweb';

export interface StudyEntry {
  readonly studyInstanceUID: string;
  readonly patientName: string;
  readonly patientId: string;
  readonly studyDate: string;
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
}

/** A named problem with one input (file, URL or series): the rest still loads. */
export interface LoadError {
  readonly source: string;
  readonly reason: string;
}

export type LayoutId = '1x1' | '1x2' | '2x2' | 'mpr' | 'fusion';
