import { appStore } from '../../../app/store';
import type { PickedFile } from '../model/groupFiles';
import { membersFromFiles } from '../model/groupFiles';

/**
 * Adds what was picked or dropped together as patients (JSON: one per file; SRs: one per folder,
 * loose SRs one patient). Reading SRs needs dcmjs, so the reader is this chunk's. Returns the ids.
 */
export async function addFiles(files: readonly PickedFile[]): Promise<number[]> {
  const s = appStore.getState();
  if (!files.length) return [];
  s.setCohort({ cohortBusy: `Reading ${files.length} file${files.length > 1 ? 's' : ''}…` });
  try {
    // Let the busy note paint before the (synchronous) SR parsing.
    await new Promise((r) => setTimeout(r, 0));
    const drafts = membersFromFiles(files);
    return appStore.getState().addCohortMembers(drafts);
  } finally {
    appStore.getState().setCohort({ cohortBusy: null });
  }
}
