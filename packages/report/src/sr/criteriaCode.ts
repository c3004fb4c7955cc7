import type { CriteriaName } from '@caliper/response';
import type { Code } from '../dicom/codes';
import { PRIVATE_SCHEME, sameCode } from '../dicom/codes';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';

/** How each criterion is named to a reader ("RECIST 1.1: PR"). */
export const CRITERIA_LABEL: Readonly<Record<CriteriaName, string>> = {
  'recist1.1': 'RECIST 1.1',
  irecist: 'iRECIST',
  mrecist: 'mRECIST',
  choi: 'Choi',
  volumetric: 'Volumetric',
  'percist1.0': 'PERCIST 1.0',
  lugano: 'Lugano',
  'recip1.0': 'RECIP 1.0',
};

/**
 * Response Evaluation Method value of a criterion: PS3.16 CID 6147 Response Criteria has RECIST
 * 1.1 (126081, DCM); the other criteria have no DICOM code and use Caliper's private scheme.
 */
export function codeForCriteria(criteria: CriteriaName): Code {
  if (criteria === 'recist1.1') return L.recist11;
  return { value: criteria.replace(/[^a-z0-9]/gi, '').toUpperCase(), scheme: PRIVATE_SCHEME, meaning: CRITERIA_LABEL[criteria] };
}

/** Inverse of codeForCriteria; undefined for another tool's method (e.g. WHO, RECIST 1.0). */
export function criteriaForCode(code: Code): CriteriaName | undefined {
  for (const criteria of Object.keys(CRITERIA_LABEL) as CriteriaName[]) if (sameCode(code, codeForCriteria(criteria))) return criteria;
  return undefined;
}

/** The TEXT value of a response: "RECIST 1.1: PR". */
export const responseText = (criteria: CriteriaName, response: string): string => `${CRITERIA_LABEL[criteria]}: ${response}`;

/** The category of a response TEXT written by responseText (other text is kept whole). */
export function responseOfText(criteria: CriteriaName, text: string): string {
  const prefix = `${CRITERIA_LABEL[criteria]}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
