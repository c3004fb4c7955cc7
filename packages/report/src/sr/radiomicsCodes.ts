import type { Code } from '../dicom/codes';
import { PRIVATE_SCHEME } from '../dicom/codes';

/** Coding scheme of the IBSI feature codes (DICOM CID 7471–7478 use the IBSI codes as they are). */
export const IBSI_SCHEME = 'IBSI';

/**
 * IBSI feature-aggregation codes (IBSI reference manual, "Feature aggregation"), keyed by the
 * qualifier of a Caliper feature key (`8ZQL.2D:AVG` → BTW3).
 */
export const IBSI_AGGREGATION: Readonly<Record<string, Code>> = {
  '2D:AVG': { value: 'BTW3', scheme: IBSI_SCHEME, meaning: '2D, averaged' },
  '2D:SMRG': { value: 'SUJT', scheme: IBSI_SCHEME, meaning: '2D, slice-merged' },
  '2.5D:DMRG': { value: 'JJUI', scheme: IBSI_SCHEME, meaning: '2.5D, direction-merged' },
  '2.5D:MRG': { value: 'ZW7Z', scheme: IBSI_SCHEME, meaning: '2.5D, merged' },
  '3D:AVG': { value: 'ITBB', scheme: IBSI_SCHEME, meaning: '3D, averaged' },
  '3D:MRG': { value: 'IAZD', scheme: IBSI_SCHEME, meaning: '3D, merged' },
  '2D': { value: '8QNN', scheme: IBSI_SCHEME, meaning: '2D' },
  '2.5D': { value: '62GR', scheme: IBSI_SCHEME, meaning: '2.5D' },
  '3D': { value: 'KOBO', scheme: IBSI_SCHEME, meaning: '3D' },
};

/** Caliper concepts for what IBSI has no code for in an SR. */
export const RADIOMICS_CODES = {
  /** TEXT: the settings document (JSON) the features of the group were computed with. */
  settings: { value: 'RADSETTINGS', scheme: PRIVATE_SCHEME, meaning: 'Radiomics settings' },
  /** CODE modifier of a feature NUM: its IBSI aggregation. */
  aggregation: { value: 'RADAGGREGATION', scheme: PRIVATE_SCHEME, meaning: 'Radiomics feature aggregation' },
  /** TEXT modifier of a feature NUM: its full Caliper key (IBSI code + qualifier). */
  key: { value: 'RADKEY', scheme: PRIVATE_SCHEME, meaning: 'Radiomics feature key' },
  /** TEXT modifier of an undefined feature's NUM (no measured value to carry it): its unit. */
  unit: { value: 'RADUNIT', scheme: PRIVATE_SCHEME, meaning: 'Radiomics feature unit' },
  /** Numeric Value Qualifier of a feature IBSI leaves undefined for the ROI (PS3.16 CID 42). */
  notANumber: { value: '114000', scheme: 'DCM', meaning: 'Not a number' },
} as const satisfies Record<string, Code>;
