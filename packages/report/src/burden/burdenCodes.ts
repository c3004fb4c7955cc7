import type { Code } from '../dicom/codes';
import { PRIVATE_SCHEME } from '../dicom/codes';
import type { BurdenMethod } from '@caliper/engine/burden/types';

const c = (value: string, scheme: string, meaning: string): Code => ({ value, scheme, meaning });
const p = (value: string, meaning: string): Code => c(value, PRIVATE_SCHEME, meaning);

/**
 * Codes of the whole-body PET burden in the TID 1500 report. The concept is the standard TID 1411
 * / TID 1419 row "Measurement Method" (370129005, SCT); PS3.16 has no code for a whole-body SUV
 * threshold segmentation (CID 7466 names the quantities, 126032 Metabolic Volume and 126033
 * Total Lesion Glycolysis, not how the region was found), nor for the Deauville five-point score
 * or the PROMISE miPSMA score, so those values are Caliper's private scheme (README.md).
 */
export const BURDEN_CODES = {
  measurementMethod: c('370129005', 'SCT', 'Measurement Method'),
  deauvilleScore: p('DEAUVILLE5PS', 'Deauville five-point score'),
  mipsmaScore: p('MIPSMA', 'miPSMA expression score'),
  totalMtv: p('WBTMTV', 'Total metabolic tumour volume'),
  totalTlg: p('WBTLG', 'Whole-body total lesion glycolysis'),
  lesionCount: p('WBLESIONCOUNT', 'Whole-body lesion count'),
  dmax: p('DMAX', 'Largest distance between two lesions'),
  sdmax: p('SDMAX', 'Dmax per body surface area'),
  threshold: p('WBTHRESHOLD', 'Whole-body lesion threshold'),
  minVolume: p('WBMINVOLUME', 'Smallest lesion volume kept'),
} as const;

/** Measurement Method value of each whole-body segmentation method (docs/burden.md thresholds). */
export const BURDEN_METHOD_CODES: Readonly<Record<BurdenMethod, Code>> = {
  'suv2.5': p('SUVTHR2.5', 'Whole-body SUVbw >= 2.5 threshold'),
  suv4: p('SUVTHR4.0', 'Whole-body SUVbw >= 4.0 threshold'),
  pct41: p('PCT41SUVMAX', 'Whole-body 41 % of lesion SUVmax threshold'),
  percist: p('PERCISTLIVER', 'Whole-body PERCIST liver-based threshold'),
  'psma-suv3': p('PSMASUVTHR3.0', 'Whole-body PSMA SUVbw >= 3.0 threshold'),
  'psma-liver': p('PSMALIVER', 'Whole-body PSMA liver-based threshold'),
};

export const DEAUVILLE_CODES: readonly Code[] = [1, 2, 3, 4, 5].map((n) => p(`DS${n}`, `Deauville score ${n}`));
export const MIPSMA_CODES: readonly Code[] = [0, 1, 2, 3].map((n) => p(`MIPSMA${n}`, `miPSMA score ${n}`));

/** Tracking Identifier of a whole-body lesion's group ("Whole-body lesion 3") and of the totals group. */
export const burdenLesionLabel = (id: number): string => `Whole-body lesion ${id}`;
export const BURDEN_TOTALS_LABEL = 'Whole-body tumour burden';
