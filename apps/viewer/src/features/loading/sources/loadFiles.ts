import { readEntries, readFiles, type EntryLike, type FileLike } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { registerInstances } from './registerInstances';

/** Loads picked files (folders via webkitdirectory, .zip expanded). Never rejects. */
export async function loadFiles(files: readonly FileLike[]): Promise<string[]> {
  const { setProgress, addErrors } = appStore.getState();
  setProgress('files', { label: `Reading ${files.length} file(s)`, done: 0, total: files.length });
  try {
    return await registerInstances(await readFiles(files), 'files');
  } catch (e) {
    addErrors([{ source: 'local files', reason: e instanceof Error ? e.message : String(e) }]);
    return [];
  } finally {
    setProgress('files', null);
  }
}

/** Loads dropped items (files and folders, recursively). Never rejects. */
export async function loadDropped(entries: readonly EntryLike[]): Promise<string[]> {
  const { setProgress, addErrors } = appStore.getState();
  setProgress('files', { label: 'Reading dropped files', done: 0, total: 1 });
  try {
    return await registerInstances(await readEntries(entries), 'files');
  } catch (e) {
    addErrors([{ source: 'dropped files', reason: e instanceof Error ? e.message : String(e) }]);
    return [];
  } finally {
    setProgress('files', null);
  }
}
