import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createCohortSlice, type CohortSlice } from '../cohortSlice';
import { memberFromJson } from '../memberFromJson';

const store = () => createStore<CohortSlice>()((...a) => createCohortSlice(...a));
const doc = { timepoints: [] };

describe('cohortSlice', () => {
  it('numbers patients "Patient n" in the order added, keeps a given label, never reuses a number', () => {
    const s = store();
    expect(s.getState().addCohortMembers([memberFromJson(doc, 'a.json'), memberFromJson(doc, 'b.json', 'Arm B, 1')])).toEqual([1, 2]);
    s.getState().removeCohortMember(1);
    s.getState().addCohortMembers([memberFromJson(doc, 'c.json')]);
    expect(s.getState().cohortMembers.map((m) => [m.id, m.label])).toEqual([[2, 'Arm B, 1'], [3, 'Patient 3']]);
  });

  it('a label only ever comes from the user, never from the document', () => {
    const s = store();
    s.getState().addCohortMembers([memberFromJson({ timepoints: [], label: 'SMITH^JOHN', patientId: '12345' }, 'x.json')]);
    expect(s.getState().cohortMembers[0].label).toBe('Patient 1');
    s.getState().renameCohortMember(1, 'Responder A');
    expect(s.getState().cohortMembers[0].label).toBe('Responder A');
  });

  it('clear starts the numbering again', () => {
    const s = store();
    s.getState().addCohortMembers([memberFromJson(doc, 'a.json')]);
    s.getState().clearCohort();
    expect(s.getState().addCohortMembers([memberFromJson(doc, 'b.json')])).toEqual([1]);
  });
});
