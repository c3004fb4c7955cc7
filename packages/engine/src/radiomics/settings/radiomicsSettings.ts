/**
 * Settings of one IBSI-1 radiomics computation (IBSI "Reference data sets", CT phantom
 * configurations A–E), in the series unit (HU for CT). The JSON form of this object is what
 * `caliper radiomics --config settings.json` reads and what it prints back as `config`.
 */
export interface RadiomicsSettings {
  /** Preset letter, or the settings file's name. */
  readonly name: string;
  /** "2D": texture per slice (2D and 2.5D aggregations); "3D": texture over the volume. */
  readonly approach: '2D' | '3D';
  /** null: features on the native grid. */
  readonly interpolation: InterpolationSettings | null;
  readonly resegmentation: ResegmentationSettings;
  /** Texture and intensity-histogram discretisation (IBSI 4R0B). */
  readonly discretisation: DiscretisationSettings;
  /** Intensity-volume histogram discretisation (IBSI P88C). */
  readonly ivh: IvhSettings;
}

export interface InterpolationSettings {
  /** New spacing in mm, DICOM PixelSpacing order: [row spacing, column spacing, slice spacing];
   *  slice null keeps the slices (2D, in-plane interpolation). */
  readonly spacingMm: readonly [number, number, number | null];
  /** Image interpolation (IBSI VTM2); cubic = cubic B-spline (tricubic spline). */
  readonly method: 'nearest' | 'linear' | 'cubic';
  /** Round intensities to the nearest integer after interpolation (IBSI 68QD). */
  readonly roundIntensities: boolean;
  /** ROI mask interpolation (IBSI E8H9). */
  readonly maskMethod: 'nearest' | 'linear';
  /** Partial-volume threshold δ: interpolated mask ≥ δ is inside. */
  readonly maskThreshold: number;
}

export interface ResegmentationSettings {
  /** Inclusive intensity range (IBSI USB3); null bounds are open. */
  readonly range: readonly [number | null, number | null];
  /** Outlier filter μ ± kσ (IBSI 7ACA), applied after the range; null = none. */
  readonly outlierSigma: number | null;
}

export type DiscretisationSettings =
  /** Fixed bin number (IBSI K15C). */
  | { readonly method: 'FBN'; readonly bins: number }
  /** Fixed bin size (IBSI Q3RU); lowerBound null = the ROI minimum. */
  | { readonly method: 'FBS'; readonly binWidth: number; readonly lowerBound: number | null };

export type IvhSettings =
  /** Intensities as they are, unit steps over the re-segmentation range (or the ROI min–max). */
  | { readonly method: 'none' }
  | { readonly method: 'FBS'; readonly binWidth: number }
  | { readonly method: 'FBN'; readonly bins: number };

const linear = (spacingMm: InterpolationSettings['spacingMm'], method: InterpolationSettings['method']): InterpolationSettings => ({
  spacingMm,
  method,
  roundIntensities: true,
  maskMethod: 'linear',
  maskThreshold: 0.5,
});

/** IBSI-1 CT phantom configurations A–E (IBSI reference manual, "Reference data sets"). */
export const RADIOMICS_PRESETS: Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E', RadiomicsSettings>> = {
  A: {
    name: 'A',
    approach: '2D',
    interpolation: null,
    resegmentation: { range: [-500, 400], outlierSigma: null },
    discretisation: { method: 'FBS', binWidth: 25, lowerBound: -500 },
    ivh: { method: 'none' },
  },
  B: {
    name: 'B',
    approach: '2D',
    interpolation: linear([2, 2, null], 'linear'),
    resegmentation: { range: [-500, 400], outlierSigma: null },
    discretisation: { method: 'FBN', bins: 32 },
    ivh: { method: 'none' },
  },
  C: {
    name: 'C',
    approach: '3D',
    interpolation: linear([2, 2, 2], 'linear'),
    resegmentation: { range: [-1000, 400], outlierSigma: null },
    discretisation: { method: 'FBS', binWidth: 25, lowerBound: -1000 },
    ivh: { method: 'FBS', binWidth: 2.5 },
  },
  D: {
    name: 'D',
    approach: '3D',
    interpolation: linear([2, 2, 2], 'linear'),
    resegmentation: { range: [null, null], outlierSigma: 3 },
    discretisation: { method: 'FBN', bins: 32 },
    ivh: { method: 'none' },
  },
  E: {
    name: 'E',
    approach: '3D',
    interpolation: linear([2, 2, 2], 'cubic'),
    resegmentation: { range: [-1000, 400], outlierSigma: 3 },
    discretisation: { method: 'FBN', bins: 32 },
    ivh: { method: 'FBN', bins: 1000 },
  },
};
