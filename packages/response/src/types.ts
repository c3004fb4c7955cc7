/**
 * The longitudinal reading as the criteria see it (the `caliper response` timeline.json).
 * Sizes in mm, volumes in mL, density in HU, uptake in SUL (sulPeak) / SUVbw (suvMax).
 */
export type LesionRole = 'target' | 'non-target' | 'new';

export type LesionStatus =
  | 'measured'
  | 'absent'
  | 'too-small-to-measure'
  | 'present'
  | 'unequivocal-progression'
  | 'not-evaluable';

export const LESION_STATUSES: readonly LesionStatus[] = ['measured', 'absent', 'too-small-to-measure', 'present', 'unequivocal-progression', 'not-evaluable'];

export interface TimelineLesion {
  /** Tracking identity: the same id is the same lesion at every timepoint. */
  id: string;
  role: LesionRole;
  organ?: string;
  /** Lymph node: its size is the short axis. Default false. */
  nodal?: boolean;
  status: LesionStatus;
  longMm?: number;
  shortMm?: number;
  /** mRECIST: longest diameter of the arterially enhancing (viable) part; 0 = no enhancement. */
  viableLongMm?: number;
  meanHu?: number;
  volumeMl?: number;
  /** PERCIST: SULpeak (lean body mass SUV, 1 cm³ sphere). */
  sulPeak?: number;
  /** Lugano: SUVmax (body weight). */
  suvMax?: number;
  /** Lugano: Deauville 5-point score 1–5. */
  deauville?: number;
  /** Non-target / new: grew since the previous assessment (not necessarily unequivocally). */
  increased?: boolean;
}

export interface Timepoint {
  /** YYYY-MM-DD */
  date: string;
  liverSulMean?: number;
  liverSulSd?: number;
  mediastinumSuvMax?: number;
  psmaTvMl?: number;
  /**
   * Whole-body PET burden (Caliper's segmentation, not tracked lesions): the highest reader-confirmed
   * Deauville score among its lesions (Lugano takes the higher of this and the tracked lesions'), and
   * the hottest burden lesion's SULpeak (max SUVpeak × SUL/SUVbw; PERCIST reads it when the timeline
   * tracks no target or non-target lesion). See docs/response-criteria.md.
   */
  wholeBodyDeauville?: number;
  wholeBodySulPeak?: number;
  tracer?: string;
  lesions: TimelineLesion[];
}

export interface Timeline {
  timepoints: Timepoint[];
}

export const CRITERIA = ['recist1.1', 'irecist', 'mrecist', 'choi', 'volumetric', 'percist1.0', 'lugano', 'recip1.0'] as const;
export type CriteriaName = (typeof CRITERIA)[number];
export const PET_CRITERIA: readonly CriteriaName[] = ['percist1.0', 'lugano', 'recip1.0'];

export interface ResponseOptions {
  /** RECIST 1.1 Table 3 confirmation of CR/PR (anatomic criteria only). Default false. */
  confirm: boolean;
  /** Minimum days after baseline for SD to count as best response (anatomic only). Default 42. */
  sdMinDays: number;
}

export const DEFAULT_OPTIONS: ResponseOptions = { confirm: false, sdMinDays: 42 };

/** One lesion's value at one timepoint, in the criterion's quantity unit. */
export interface LesionMeasurementOut {
  date: string;
  status: LesionStatus;
  /** null when not measured / not evaluable. */
  value: number | null;
}

export interface LesionOut {
  id: string;
  role: LesionRole;
  organ?: string;
  nodal: boolean;
  measurements: LesionMeasurementOut[];
  /** irecist: new-lesion target (NLT) or non-target (NLNT). */
  newLesionCategory?: 'NLT' | 'NLNT';
}

/** A timepoint's assessment; quantity keys depend on the criterion (sumMm, sumMl, sulPeak, suvMax + deauville, psmaTvMl). */
export interface TimepointOut {
  date: string;
  response: string;
  daysFromBaseline: number;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  nadirDate: string | null;
  targetResponse?: string;
  nonTargetResponse?: string;
  newLesions: string[];
  reasons: string[];
  [quantity: string]: unknown;
}

export interface BaselineOut {
  date: string;
  [quantity: string]: unknown;
}

export interface BestOverallResponse {
  response: string;
  date: string | null;
  confirmed: boolean;
  reasons: string[];
}

export interface ResponseResult {
  criteria: CriteriaName;
  options: ResponseOptions;
  baseline: BaselineOut;
  timepoints: TimepointOut[];
  bestOverallResponse: BestOverallResponse;
  lesions: LesionOut[];
}

/** An invalid timeline: the message names the timepoint (date) and lesion id at fault. */
export class TimelineError extends Error {
  override readonly name = 'TimelineError';
}
