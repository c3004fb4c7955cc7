/**
 * The designed multi-timepoint course of the demo patient (truth/course.json). Sizes in mm,
 * volumes in mL, density in HU, uptake in SUL (lean body mass, Janmahasatian) or SUVbw (suvMax).
 */
export type CourseRole = 'target' | 'non-target' | 'new';

/** One lesion at one timepoint, as a reader records it (a superset of the `caliper response` timeline lesion). */
export interface CourseLesion {
  readonly id: string;
  readonly role: CourseRole;
  /** RECIST 1.1 organ for the "≤ 2 targets per organ" rule: both lungs are one organ, all lymph nodes one. */
  readonly organ: string;
  /** Anatomic site as written in the study truth (e.g. "left lung"). */
  readonly site: string;
  /** Lymph node: its RECIST size is the short axis. */
  readonly nodal: boolean;
  readonly status: 'measured';
  readonly longMm: number;
  readonly shortMm: number;
  /** PERCIST SULpeak: IBSI 1 cm³ sphere peak over the lesion's PET voxels, in SUL; null when no PET voxel centre lies in the lesion (coarse test grids). */
  readonly sulPeak: number | null;
  readonly suvMax: number | null;
  /** Analytic volume of the lesion surface (mL). */
  readonly volumeMl: number;
  /** Mean of the written CT values over the lesion (HU). */
  readonly meanHu: number;
}

export interface RecistAssessment {
  /** Σ long axes (non-nodal) + short axes (nodal) of the targets, mm. */
  readonly sumMm: number;
  readonly changeFromBaselinePct: number | null;
  /** Smallest sum before this timepoint (baseline included); null at baseline. */
  readonly nadirSumMm: number | null;
  readonly changeFromNadirPct: number | null;
  readonly targetResponse: 'baseline' | 'CR' | 'PR' | 'SD' | 'PD';
  readonly newLesions: string[];
  readonly response: 'baseline' | 'CR' | 'PR' | 'SD' | 'PD';
}

export interface PercistAssessment {
  /** 1.5 × liver SULmean + 2 × liver SD (SUL). */
  readonly thresholdSul: number;
  /** Lesion with the highest SULpeak at this timepoint (not necessarily the baseline's). */
  readonly hottestLesion: string;
  readonly hottestSulPeak: number;
  readonly hottestMeasurable: boolean;
  /** New lesions whose SULpeak is at or above the threshold (unequivocally FDG-avid). */
  readonly newAvidLesions: string[];
  /** Liver SULmean within 20 % and 0.3 SUL of baseline (PERCIST scan comparability). */
  readonly liverComparable: boolean;
  readonly changeFromBaselinePct: number | null;
  readonly changeFromBaselineSul: number | null;
  readonly response: 'baseline' | 'CMR' | 'PMR' | 'SMD' | 'PMD';
}

export interface CourseTimepoint {
  readonly timepoint: string;
  readonly label: string;
  /** YYYY-MM-DD (the DICOM StudyDate). */
  readonly date: string;
  readonly dayFromBaseline: number;
  /** The studies of this timepoint (CT, PET and MR share one study here). */
  readonly studyInstanceUIDs: string[];
  readonly seriesInstanceUIDs: { readonly ct: string; readonly pet: string; readonly dwi: string; readonly t2: string };
  readonly tracer: 'FDG';
  readonly liverSulMean: number;
  readonly liverSulSd: number;
  readonly lesions: CourseLesion[];
  readonly recist: RecistAssessment;
  readonly percist: PercistAssessment;
}

export interface CourseExpected {
  /** One category per follow-up (baseline excluded). */
  readonly 'recist1.1': string[];
  readonly 'percist1.0': string[];
}

export interface Course {
  readonly timepoints: CourseTimepoint[];
  readonly expected: CourseExpected;
  /** Best overall response: RECIST 1.1 without and with confirmation (Table 3), PERCIST 1.0. */
  readonly bestOverallResponse: { readonly 'recist1.1': string; readonly 'recist1.1 confirmed': string; readonly 'percist1.0': string };
}

/**
 * The input of `caliper response` (mirrors packages/response/src/types.ts `Timeline`; a type only,
 * so phantoms does not depend on the criteria implementation).
 */
export interface ResponseTimeline {
  timepoints: {
    date: string;
    liverSulMean: number;
    liverSulSd: number;
    tracer: string;
    lesions: { id: string; role: CourseRole; organ: string; nodal: boolean; status: 'measured'; longMm: number; shortMm: number; sulPeak?: number; suvMax?: number; volumeMl: number; meanHu: number }[];
  }[];
}
