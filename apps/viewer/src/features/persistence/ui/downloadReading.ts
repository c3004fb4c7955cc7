import { appStore } from '../../../app/store';
import { currentReading } from '../service/session';
import { saveExport, studyExportName } from './saveExport';

/**
 * The reading as Caliper's JSON (the schema IndexedDB stores; labelmap runs as plain arrays),
 * for when this browser cannot keep it: a full quota, no IndexedDB, or a conflict to settle by hand.
 */
export function downloadReading(studyInstanceUID?: string): void {
  const uid = studyInstanceUID ?? appStore.getState().persistence.studyInstanceUID;
  if (!uid) {
    appStore.getState().addErrors([{ source: 'Download reading', reason: 'no study is open' }]);
    return;
  }
  const { reading } = currentReading(uid);
  saveExport(studyExportName('reading', 'json', uid), 'application/json', JSON.stringify(reading, (_, v: unknown) => (v instanceof Uint32Array ? Array.from(v) : v), 2));
}
