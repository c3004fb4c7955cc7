import type { CriteriaName, ResponseOptions, ResponseResult, Timeline } from '@caliper/response';
import { CRITERIA, assessResponse, isAnatomic } from '@caliper/response';
import { appStore } from '../../../app/store';
import type { LesionTracking, ReferenceRegion } from '../../measure/model/lesion';
import { currentStudyOf } from '../model/currentStudy';
import { selectResponse } from '../model/selectResponse';
import { acceptAllProposals, acceptProposal, setTracking } from '../service/acceptProposal';
import type { ProposalReport } from '../service/proposeTracked';
import { proposeTracked } from '../service/proposeTracked';

/** `window.caliper.response` (docs/api.md): the longitudinal reading of the active patient. */
export const responseApi = {
  /** The criteria's timeline built from the reader's lesions (baseline first), with notes. */
  timeline(): { timeline: Timeline; notes: readonly string[] } | null {
    const v = selectResponse(appStore.getState());
    return v ? { timeline: v.built.timeline, notes: v.built.notes } : null;
  },
  /** Assesses the course (default: the panel's criterion and options); `{error}` when it cannot. */
  assess(criteria?: CriteriaName, options?: Partial<ResponseOptions>): ResponseResult | { error: string } {
    const s = appStore.getState();
    const v = selectResponse(s);
    if (!v) return { error: 'no study open' };
    const c = criteria ?? s.responseCriteria;
    if (!CRITERIA.includes(c)) return { error: `unknown criteria ${String(c)}` };
    try {
      return assessResponse(v.built.timeline, c, isAnatomic(c) ? { ...s.responseOptions, ...options } : {});
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  },
  setCriteria(c: CriteriaName): void {
    appStore.getState().setResponseCriteria(c);
  },
  /** Sets a lesion's tracking fields (label, role, organ, nodal, status, deauville, increased…); undoable. */
  setTracking(lesionId: string, patch: Partial<LesionTracking>): void {
    setTracking(lesionId, patch);
  },
  /** Marks a lesion as a reference region ('liver', 'mediastinum') or back to a lesion (null). */
  setReference(lesionId: string, region: ReferenceRegion | null): void {
    appStore.getState().runCommand({ type: 'updateLesion', id: lesionId, patch: { referenceRegion: region ?? undefined } });
  },
  /** Proposes the tracked lesions a follow-up lacks (default: the study being read), re-measured. */
  propose(studyUID?: string): Promise<ProposalReport> {
    const study = studyUID ?? currentStudyOf(appStore.getState());
    return study ? proposeTracked(study) : Promise.resolve({ proposed: [], skipped: [{ label: '(study)', reason: 'no study open' }], alignments: [], notes: [] });
  },
  accept(lesionId: string, status?: Parameters<typeof acceptProposal>[1]): void {
    acceptProposal(lesionId, status);
  },
  acceptAll(studyUID?: string): number {
    const study = studyUID ?? currentStudyOf(appStore.getState());
    return study ? acceptAllProposals(study) : 0;
  },
  /** Opens / closes the lesion × timepoint table. */
  showTable(open = true): void {
    appStore.getState().setResponseTableOpen(open);
  },
};
