import type { StateCreator } from 'zustand';
import type { CriteriaName } from '@caliper/response';
import type { CohortMember, MemberDraft } from './types';

export interface CohortSlice {
  /** The cohort view (trial arm: waterfall, swimmer, ORR/DCR) is shown over the viewer. */
  cohortOpen: boolean;
  /** Shown as the view's title and used for exported file names (never an identifier). */
  cohortLabel: string;
  cohortCriteria: CriteriaName;
  cohortMembers: readonly CohortMember[];
  /** Number of the next default label ("Patient n"). */
  cohortNext: number;
  /** Files being read (SRs, PACS): shown as progress; null when idle. */
  cohortBusy: string | null;
  setCohort: (patch: Partial<Pick<CohortSlice, 'cohortOpen' | 'cohortLabel' | 'cohortCriteria' | 'cohortBusy'>>) => void;
  /** Adds patients (numbered in order; "Patient n" unless they carry a label). Returns their ids. */
  addCohortMembers: (drafts: readonly MemberDraft[]) => number[];
  renameCohortMember: (id: number, label: string) => void;
  removeCohortMember: (id: number) => void;
  clearCohort: () => void;
}

export const createCohortSlice: StateCreator<CohortSlice, [], [], CohortSlice> = (set, get) => ({
  cohortOpen: false,
  cohortLabel: 'Cohort',
  cohortCriteria: 'recist1.1',
  cohortMembers: [],
  cohortNext: 1,
  cohortBusy: null,
  setCohort: (patch) => set(patch),
  addCohortMembers: (drafts) => {
    const start = get().cohortNext;
    const added = drafts.map((d, i) => ({ ...d, id: start + i, label: d.label?.trim() || `Patient ${start + i}` }));
    set({ cohortMembers: [...get().cohortMembers, ...added], cohortNext: start + drafts.length });
    return added.map((m) => m.id);
  },
  renameCohortMember: (id, label) => set({ cohortMembers: get().cohortMembers.map((m) => (m.id === id ? { ...m, label } : m)) }),
  removeCohortMember: (id) => set({ cohortMembers: get().cohortMembers.filter((m) => m.id !== id) }),
  clearCohort: () => set({ cohortMembers: [], cohortNext: 1 }),
});
