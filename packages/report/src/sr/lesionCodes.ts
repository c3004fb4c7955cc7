import type { LesionStatus } from '@caliper/response';
import type { Code } from '../dicom/codes';
import { CODES, sameCode } from '../dicom/codes';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { LesionRole } from '../model/longitudinalSchema';

/**
 * RECIST role as PS3.16 CID 6145 Baseline Category (concept 112016): a target or non-target lesion
 * is one chosen at baseline; a new lesion is, by definition, one that was no lesion at baseline
 * (112076 "Non-Lesion at Baseline").
 */
const ROLE: readonly (readonly [LesionRole, Code])[] = [
  ['target', L.targetLesionAtBaseline],
  ['non-target', L.nonTargetLesionAtBaseline],
  ['new', L.nonLesionAtBaseline],
];

export const codeForRole = (role: LesionRole): Code => ROLE.find(([r]) => r === role)![1];

/** Role of a Baseline Category value, or of Caliper's former private role code (exports before v3). */
export function roleForCode(code: Code): LesionRole | undefined {
  const hit = ROLE.find(([, c]) => sameCode(code, c));
  if (hit !== undefined) return hit[0];
  if (sameCode(code, CODES.targetLesion)) return 'target';
  if (sameCode(code, CODES.nonTargetLesion)) return 'non-target';
  return undefined;
}

/** Lesion status values: SNOMED CT Present / Absent and DCM "Too small" where they exist, else private. */
const STATUS: readonly (readonly [LesionStatus, Code])[] = [
  ['measured', L.measured],
  ['absent', L.absent],
  ['too-small-to-measure', L.tooSmall],
  ['present', L.present],
  ['unequivocal-progression', L.unequivocalProgression],
  ['not-evaluable', L.notEvaluable],
];

export const codeForStatus = (status: LesionStatus): Code => STATUS.find(([s]) => s === status)![1];
export const statusForCode = (code: Code): LesionStatus | undefined => STATUS.find(([, c]) => sameCode(code, c))?.[0];
