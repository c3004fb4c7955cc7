import type { Code } from './codes';
import { PRIVATE_SCHEME } from './codes';

const c = (value: string, scheme: string, meaning: string): Code => ({ value, scheme, meaning });
const p = (value: string, meaning: string): Code => c(value, PRIVATE_SCHEME, meaning);

/**
 * Codes of the longitudinal reading in the TID 1500 report. Standard codes are PS3.16 DCM / SNOMED
 * CT / UMLS (values and meanings as in DCMTK 3.6.7's dcmsr/codes/{dcm,sct,umls}.h, generated from
 * PS3.16); Caliper's private scheme only where DICOM has no concept. README.md lists the choices.
 */
export const LONGITUDINAL_CODES = {
  // TID 1500 row 12: the report-level Qualitative Evaluations container (rows 13 CODE / 14 TEXT).
  qualitativeEvaluations: c('C0034375', 'UMLS', 'Qualitative Evaluations'),
  // TID 1500 Derived Imaging Measurements container: the timepoint's reference values.
  derivedImagingMeasurements: c('126011', 'DCM', 'Derived Imaging Measurements'),
  // Response per timepoint (PS3.16 Annex D: 112020 Response Evaluation, 112021 its method).
  responseEvaluation: c('112020', 'DCM', 'Response Evaluation'),
  responseEvaluationMethod: c('112021', 'DCM', 'Response Evaluation Method'),
  // CID 6147 Response Criteria.
  recist10: c('126080', 'DCM', 'RECIST 1.0'),
  recist11: c('126081', 'DCM', 'RECIST 1.1'),
  // RECIST role: concept 112016 with CID 6145 Baseline Category values.
  baselineCategory: c('112016', 'DCM', 'Baseline Category'),
  targetLesionAtBaseline: c('112074', 'DCM', 'Target Lesion at Baseline'),
  nonTargetLesionAtBaseline: c('112075', 'DCM', 'Non-Target Lesion at Baseline'),
  nonLesionAtBaseline: c('112076', 'DCM', 'Non-Lesion at Baseline'),
  // TID 1502 Time Point Context.
  timePoint: c('C2348792', 'UMLS', 'Time Point'),
  // Status values with a standard code.
  present: c('52101004', 'SCT', 'Present'),
  absent: c('2667000', 'SCT', 'Absent'),
  tooSmall: c('112133', 'DCM', 'Too small'),
  yes: c('373066001', 'SCT', 'Yes'),
  no: c('373067005', 'SCT', 'No'),
  liver: c('10200004', 'SCT', 'Liver'),
  radiopharmaceuticalAgent: c('417881006', 'SCT', 'Radiopharmaceutical agent'),
  // Private: no DICOM concept for these.
  lesionStatus: p('LESIONSTATUS', 'Lesion status'),
  measured: p('MEASURED', 'Measured'),
  unequivocalProgression: p('UNEQUIVPROG', 'Unequivocal progression'),
  notEvaluable: p('NOTEVALUABLE', 'Not evaluable'),
  increased: p('INCREASED', 'Increased since prior assessment'),
  organ: p('ORGAN', 'Organ'),
  lesionName: p('LESIONNAME', 'Lesion name'),
  deauville: p('DEAUVILLE', 'Deauville score'),
  remeasure: p('REMEASURE', 'Re-measurement method'),
  responseReason: p('REASON', 'Response reason'),
  baselineStudy: p('BASELINESTUDY', 'Baseline study'),
  excludedStudy: p('EXCLUDEDSTUDY', 'Study excluded from the timeline'),
  mediastinalBloodPool: p('MEDBLOODPOOL', 'Mediastinal blood pool'),
  referenceRegion: p('REFREGION', 'Reference region'),
  psmaTotalTumourVolume: p('PSMATV', 'PSMA total tumour volume'),
} as const;
