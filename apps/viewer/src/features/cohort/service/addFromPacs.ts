import { appStore } from '../../../app/store';
import { membersFromPacs } from '../model/membersFromPacs';
import { configuredPacs } from './pacsLookup';

/** Adds one patient per PatientID ("ID" or "ID@issuer") from the configured PACS's SRs; resolves to their ids. */
export async function addFromPacs(patientIds: readonly string[]): Promise<number[]> {
  const pacs = configuredPacs();
  if (!pacs) throw new Error('no DICOMweb server configured (DICOMweb… in the sidebar)');
  const ids = patientIds.map((s) => s.trim()).filter(Boolean);
  if (!ids.length) return [];
  const set = appStore.getState().setCohort;
  set({ cohortBusy: `Reading ${ids.length} patient${ids.length > 1 ? 's' : ''}’ SRs from the PACS…` });
  try {
    const drafts = await membersFromPacs(ids, pacs, (done) => set({ cohortBusy: `Reading patients’ SRs from the PACS… ${done}/${ids.length}` }));
    return appStore.getState().addCohortMembers(drafts);
  } finally {
    set({ cohortBusy: null });
  }
}
