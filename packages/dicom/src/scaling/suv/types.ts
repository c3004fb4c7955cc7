/**
 * The PET tags SUV conversion needs, one object per instance (image/frame), with DICOM
 * names and units. Times stay as DICOM strings (DA "YYYYMMDD", TM "HHMMSS.FFFFFF", DT
 * "YYYYMMDDHHMMSS.FFFFFF") so that "date missing" remains distinguishable from "midnight".
 */
export interface PetSuvTags {
  /** Units (0054,1001): BQML, CNTS, GML, CM2ML, ... */
  readonly units?: string;
  /** SUVType (0054,1006): BW, BSA, LBM, LBMJAMES128, LBMJANMA, IBW (only meaningful for GML/CM2ML). */
  readonly suvType?: string;
  /** DecayCorrection (0054,1102): START, ADMIN, NONE. */
  readonly decayCorrection?: string;
  /** CorrectedImage (0028,0051) values. */
  readonly correctedImage?: readonly string[];
  readonly manufacturer?: string;
  /** PatientWeight (0010,1030), kg (values > 1000 are read as grams). */
  readonly patientWeightKg?: number;
  /** PatientSize (0010,1020), m. */
  readonly patientSizeM?: number;
  /** PatientSex (0010,0040): M, F, O. */
  readonly patientSex?: string;
  readonly seriesDate?: string;
  readonly seriesTime?: string;
  readonly acquisitionDate?: string;
  readonly acquisitionTime?: string;
  /** AcquisitionDateTime (0008,002A), preferred over AcquisitionDate/Time when present. */
  readonly acquisitionDateTime?: string;
  /** FrameReferenceTime (0054,1300), ms. */
  readonly frameReferenceTimeMs?: number;
  /** ActualFrameDuration (0018,1242), ms. */
  readonly actualFrameDurationMs?: number;
  /** RadionuclideTotalDose (0018,1074), Bq (MBq values are recognised, see normaliseDose). */
  readonly radionuclideTotalDose?: number;
  /** RadionuclideHalfLife (0018,1075), s. */
  readonly radionuclideHalfLifeS?: number;
  readonly radiopharmaceuticalStartTime?: string;
  readonly radiopharmaceuticalStartDateTime?: string;
  /** Philips (7053,1000) SUV Scale Factor. */
  readonly philipsSuvScaleFactor?: number;
  /** Philips (7053,1009) Activity Concentration Scale Factor. */
  readonly philipsActivityConcentrationScaleFactor?: number;
  /** GE private PET scan datetime (0009,100D), DT. */
  readonly geScanDateTime?: string;
  readonly rescaleIntercept?: number;
}

/** Values supplied by the user when the header lacks (or has wrong) ones. */
export interface SuvOverrides {
  readonly patientWeightKg?: number;
  readonly radionuclideTotalDoseBq?: number;
  /** Injection date-time: DICOM DT ("20250101100000") or ISO ("2025-01-01T10:00:00"), scanner local time. */
  readonly injectionDateTime?: string;
  readonly patientSizeM?: number;
  readonly patientSex?: 'M' | 'F' | 'O';
}

export interface SuvOptions {
  /**
   * A RadionuclideTotalDose below this is read as MBq (OncoRay manual: doses cluster at ~4e2
   * and ~4e8, i.e. MBq vs Bq). Default 1e5 (100 kBq, below any real PET dose in Bq).
   * Set 0 to take the value as Bq whatever it is.
   */
  readonly assumeMBqBelow?: number;
}

/** Per-instance factors: SUV = (stored × RescaleSlope + RescaleIntercept) × factor. */
export interface SuvFactors {
  readonly factorPerInstance: readonly number[];
  readonly unit: 'SUVbw';
  /** How the factor was obtained (reference time rule, units path, library or not). */
  readonly method: string;
  /** SUL (lean body mass, Janmahasatian) factors, when height and weight are known. */
  readonly sul?: { readonly factorPerInstance: readonly number[]; readonly unit: 'SUL' };
  /** SUVbsa (Du Bois body surface area, cm²) factors, when height is known. */
  readonly suvbsa?: { readonly factorPerInstance: readonly number[]; readonly unit: 'SUVbsa' };
  /** Assumptions made on the way (MBq dose, midnight crossing, weight in grams, ...). */
  readonly notes: readonly string[];
}
