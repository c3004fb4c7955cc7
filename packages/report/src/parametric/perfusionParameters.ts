import type { Code } from '../dicom/codes';

/** A perfusion parametric map's parameter: its name, unit (UCUM) and, where PS3.16 has one, its quantity code. */
export interface PerfusionParameter {
  /** Name in Caliper's JSON and UI ('Ktrans', …). */
  readonly parameter: string;
  /** Folder of the MR series written by `caliper dce --out` ('ktrans', …). */
  readonly folder: string;
  /** ImageType value 4 and LUT label ('KTRANS', …). */
  readonly label: string;
  /** UCUM code and meaning of the unit. */
  readonly ucum: string;
  readonly unitMeaning: string;
  /**
   * DICOM PS3.16 quantity code (CID 4107 tracer kinetic model parameters, CID 4108 perfusion
   * parameters, CID 4109 model-free concentration-time quantities), when one exists.
   */
  readonly quantity?: Code;
}

const dcm = (value: string, meaning: string): Code => ({ value, scheme: 'DCM', meaning });

/**
 * The parameters of Caliper's perfusion maps. DCE units as the issue-15 contract: Ktrans and kep
 * /min, ve and vp 1, residual mmol/L (mM); IAUGC60 mmol/L·s (mM·s). DSC-MRI rCBV and rCBF are
 * ratios to the reference ROI (1); CT perfusion BF and PS mL/100 g/min, BV mL/100 g; MTT s.
 * Codes (PS3.16): DCM 126312 Ktrans, 126313 kep, 126314 ve, 126331 vp (CID 4107); 126321 IAUC60
 * (CID 4109: the initial area under the concentration curve over 60 s, which IAUGC60 is);
 * 126398 Relative Regional Blood Volume, 126397 Relative Regional Blood Flow, 126390 Absolute
 * Regional Blood Flow, 126391 Absolute Regional Blood Volume, 113052 Mean Transit Time (CID 4108).
 * The fit residual and the permeability–surface area product have no code: label and unit only.
 */
export const PERFUSION_PARAMETERS = {
  ktrans: { parameter: 'Ktrans', folder: 'ktrans', label: 'KTRANS', ucum: '/min', unitMeaning: 'per minute', quantity: dcm('126312', 'Ktrans') },
  kep: { parameter: 'kep', folder: 'kep', label: 'KEP', ucum: '/min', unitMeaning: 'per minute', quantity: dcm('126313', 'kep') },
  ve: { parameter: 've', folder: 've', label: 'VE', ucum: '1', unitMeaning: 'no units', quantity: dcm('126314', 've') },
  vp: { parameter: 'vp', folder: 'vp', label: 'VP', ucum: '1', unitMeaning: 'no units', quantity: dcm('126331', 'vp') },
  residual: { parameter: 'residual', folder: 'residual', label: 'RESIDUAL', ucum: 'mmol/L', unitMeaning: 'millimole per liter' },
  iaugc60: { parameter: 'IAUGC60', folder: 'iaugc60', label: 'IAUGC60', ucum: 'mmol/L.s', unitMeaning: 'millimole per liter times second', quantity: dcm('126321', 'IAUC60') },
} as const satisfies Record<string, PerfusionParameter>;

/** The T1 map (T10) fitted from a variable-flip-angle series for the DCE maps: DCM 113063 T1 (CID 7180). */
export const T1_MAP_PARAMETER = { parameter: 'T10', folder: 't10', label: 'T1', ucum: 'ms', unitMeaning: 'millisecond', quantity: dcm('113063', 'T1') } as const satisfies PerfusionParameter;

/** DSC-MRI maps: ratios to the reference ROI, and the mean transit time. */
export const DSC_PARAMETERS = {
  rcbv: { parameter: 'rCBV', folder: 'rcbv', label: 'RCBV', ucum: '1', unitMeaning: 'no units', quantity: dcm('126398', 'Relative Regional Blood Volume') },
  rcbf: { parameter: 'rCBF', folder: 'rcbf', label: 'RCBF', ucum: '1', unitMeaning: 'no units', quantity: dcm('126397', 'Relative Regional Blood Flow') },
  mtt: { parameter: 'MTT', folder: 'mtt', label: 'MTT', ucum: 's', unitMeaning: 'second', quantity: dcm('113052', 'Mean Transit Time') },
} as const satisfies Record<string, PerfusionParameter>;

/** CT perfusion maps: absolute blood flow and volume, mean transit time, permeability–surface area product. */
export const CTP_PARAMETERS = {
  bf: { parameter: 'BF', folder: 'bf', label: 'BF', ucum: 'ml/(100.g.min)', unitMeaning: 'milliliter per 100 gram per minute', quantity: dcm('126390', 'Absolute Regional Blood Flow') },
  bv: { parameter: 'BV', folder: 'bv', label: 'BV', ucum: 'ml/(100.g)', unitMeaning: 'milliliter per 100 gram', quantity: dcm('126391', 'Absolute Regional Blood Volume') },
  mtt: DSC_PARAMETERS.mtt,
  ps: { parameter: 'PS', folder: 'ps', label: 'PS', ucum: 'ml/(100.g.min)', unitMeaning: 'milliliter per 100 gram per minute' },
} as const satisfies Record<string, PerfusionParameter>;

export type PerfusionParameterKey = keyof typeof PERFUSION_PARAMETERS;
