import { NORMAL_NODE_SHORT_MM } from './checkTargets';
import type { TimelineLesion } from '../types';

export type TargetResponse = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'NA';
export type NonTargetResponse = 'CR' | 'NON-CR/NON-PD' | 'PD' | 'NE' | 'NA';

/** A node measured with short axis < 10 mm is normal (RECIST 1.1 §4.3.2: counts as gone for CR). */
export function isNormalNode(l: TimelineLesion): boolean {
  return Boolean(l.nodal) && l.status === 'measured' && typeof l.shortMm === 'number' && l.shortMm < NORMAL_NODE_SHORT_MM;
}

/**
 * RECIST 1.1 §4.3.2 non-target response: PD on unequivocal progression; NE when one is not
 * evaluated; CR when all are gone (nodes normal, < 10 mm short axis); else NON-CR/NON-PD.
 */
export function nonTargetResponse(nonTargets: readonly TimelineLesion[]): { response: NonTargetResponse; reasons: string[] } {
  if (nonTargets.length === 0) return { response: 'NA', reasons: [] };
  const progressed = nonTargets.filter((l) => l.status === 'unequivocal-progression');
  if (progressed.length) return { response: 'PD', reasons: progressed.map((l) => `non-target ${l.id}: unequivocal progression`) };
  const ne = nonTargets.filter((l) => l.status === 'not-evaluable');
  if (ne.length) return { response: 'NE', reasons: ne.map((l) => `non-target ${l.id} not evaluable`) };
  if (nonTargets.every((l) => l.status === 'absent' || isNormalNode(l))) return { response: 'CR', reasons: ['all non-target lesions absent (nodes < 10 mm)'] };
  return { response: 'NON-CR/NON-PD', reasons: [] };
}

/** Ids of new lesions present at a timepoint (any `new` lesion not absent). */
export function presentNewLesions(lesions: readonly TimelineLesion[]): string[] {
  return lesions.filter((l) => l.role === 'new' && l.status !== 'absent').map((l) => l.id);
}

/**
 * RECIST 1.1 Table 1 (targets ± non-targets) and Table 2 (non-targets only) overall response.
 */
export function overallResponse(target: TargetResponse, nonTarget: NonTargetResponse, newLesions: readonly string[]): string {
  if (target === 'NA') {
    if (nonTarget === 'PD' || newLesions.length) return 'PD';
    if (nonTarget === 'CR') return 'CR';
    if (nonTarget === 'NON-CR/NON-PD') return 'NON-CR/NON-PD';
    return 'NE';
  }
  if (target === 'PD' || nonTarget === 'PD' || newLesions.length) return 'PD';
  if (target === 'CR' && (nonTarget === 'CR' || nonTarget === 'NA')) return 'CR';
  if (target === 'CR' || target === 'PR') return 'PR';
  if (target === 'SD') return 'SD';
  return 'NE';
}
