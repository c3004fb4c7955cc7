import { appStore } from '../../../app/store';
import type { LesionStatus } from '@caliper/response';
import type { LesionTracking } from '../../measure/model/lesion';
import { trackingOf } from '../model/trackingOf';

/** Patch a lesion's tracking as one undoable edit (accepting a proposal clears `proposed`). */
export function setTracking(lesionId: string, patch: Partial<LesionTracking>): void {
  const s = appStore.getState();
  const l = s.lesions.find((x) => x.id === lesionId);
  if (!l) return;
  const next: LesionTracking = { ...trackingOf(l), ...patch };
  const role = next.role === 'non-target' ? 'non-target' : 'target';
  s.runCommand({ type: 'updateLesion', id: lesionId, patch: { tracking: next, ...(role !== l.role && next.role !== 'new' ? { role } : {}) } });
}

/** The reader accepts a proposal as measured, or marks the lesion with a status instead. */
export function acceptProposal(lesionId: string, status: LesionStatus = 'measured'): void {
  setTracking(lesionId, { proposed: false, status });
}

/** Accept every proposal of a study as measured. */
export function acceptAllProposals(studyUID: string): number {
  const s = appStore.getState();
  const ids = s.lesions.filter((l) => l.tracking?.proposed && s.series[l.seriesUIDs[0]]?.studyInstanceUID === studyUID).map((l) => l.id);
  for (const id of ids) acceptProposal(id);
  return ids.length;
}
