import type { Code } from '../dicom/codes';

/** A DCE parametric map's parameter: its name, unit (UCUM) and, where PS3.16 has one, its quantity code. */
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
  /** DICOM PS3.16 CID 4107 (Tracer Kinetic Model Parameter) code, when one exists. */
  readonly quantity?: Code;
}

const dcm = (value: string, meaning: string): Code => ({ value, scheme: 'DCM', meaning });

/**
 * The parameters of Caliper's DCE maps. Units as the issue-15 contract: Ktrans and kep /min, ve and
 * vp 1, residual mmol/L (mM); IAUGC60 mmol/L·s (mM·s). Codes: DCM 126312 Ktrans, 126313 kep,
 * 126314 ve, 126331 vp (CID 4107).
 */
export const PERFUSION_PARAMETERS = {
  ktrans: { parameter: 'Ktrans', folder: 'ktrans', label: 'KTRANS', ucum: '/min', unitMeaning: 'per minute', quantity: dcm('126312', 'Ktrans') },
  kep: { parameter: 'kep', folder: 'kep', label: 'KEP', ucum: '/min', unitMeaning: 'per minute', quantity: dcm('126313', 'kep') },
  ve: { parameter: 've', folder: 've', label: 'VE', ucum: '1', unitMeaning: 'no units', quantity: dcm('126314', 've') },
  vp: { parameter: 'vp', folder: 'vp', label: 'VP', ucum: '1', unitMeaning: 'no units', quantity: dcm('126331', 'vp') },
  residual: { parameter: 'residual', folder: 'residual', label: 'RESIDUAL', ucum: 'mmol/L', unitMeaning: 'millimole per liter' },
  iaugc60: { parameter: 'IAUGC60', folder: 'iaugc60', label: 'IAUGC60', ucum: 'mmol/L.s', unitMeaning: 'millimole per liter times second' },
} as const satisfies Record<string, PerfusionParameter>;

export type PerfusionParameterKey = keyof typeof PERFUSION_PARAMETERS;
