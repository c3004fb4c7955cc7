import type { PatientInfo, SeriesInfo, StudyInfo } from '../dicom/commonModules';
import type { Charls } from '../dicom/writePart10';
import type { PatientModel } from '../model/buildPatientModel';
import type { PhantomConfig } from './config';
import type { Emit } from './emitSlices';

/** Everything a series writer needs for one timepoint. */
export interface SeriesContext {
  readonly config: PhantomConfig;
  readonly model: PatientModel;
  readonly patient: PatientInfo;
  readonly study: StudyInfo;
  readonly studyDir: string;
  readonly seed: number;
  readonly emit: Emit;
  readonly charls?: Charls;
  readonly uid: (label: string) => string;
}

/** A written series, in the manifest's shape. */
export interface WrittenSeries {
  readonly seriesInstanceUID: string;
  readonly modality: SeriesInfo['modality'];
  readonly seriesDescription: string;
  readonly seriesNumber: number;
  readonly instances: string[];
}
