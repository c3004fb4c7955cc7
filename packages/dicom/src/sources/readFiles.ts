import type { LoadResult } from '../model/series';
import { mergeResults, parseMany } from './parseMany';
import { isZip, readZip } from './readZip';

/** The part of a browser `File` used here (structural, so this package needs no DOM types). */
export interface FileLike {
  readonly name: string;
  readonly webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The part of a browser `FileSystemEntry` (drag-and-drop folders) used here. */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly fullPath: string;
  file?(ok: (f: FileLike) => void, fail?: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: EntryLike[]) => void, fail?: (e: unknown) => void): void };
}

async function readOne(f: FileLike): Promise<LoadResult> {
  const name = f.webkitRelativePath || f.name;
  try {
    const bytes = new Uint8Array(await f.arrayBuffer());
    return isZip(bytes) ? readZip(bytes, name) : parseMany([{ name, bytes }]);
  } catch (e) {
    return { instances: [], errors: [{ file: name, reason: `cannot read file: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** Parse picked/dropped files (a FileList or array); .zip files are expanded. Never rejects. */
export async function readFiles(files: Iterable<FileLike> | ArrayLike<FileLike>): Promise<LoadResult> {
  const list = Array.from(files as ArrayLike<FileLike>);
  const results: LoadResult[] = [];
  for (const f of list) results.push(await readOne(f));
  return mergeResults(results);
}

function entryFiles(entry: EntryLike, out: FileLike[], errors: LoadResult['errors']): Promise<void> {
  return new Promise((resolve) => {
    const failed = (e: unknown) => {
      errors.push({ file: entry.fullPath, reason: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
      resolve();
    };
    if (entry.isFile && entry.file) {
      entry.file((f) => {
        out.push({ name: entry.fullPath.replace(/^\//, '') || f.name, arrayBuffer: () => f.arrayBuffer() });
        resolve();
      }, failed);
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      const batch = () =>
        reader.readEntries(async (entries) => {
          // readEntries returns at most ~100 entries per call: read until empty.
          if (entries.length === 0) return resolve();
          for (const e of entries) await entryFiles(e, out, errors);
          batch();
        }, failed);
      batch();
    } else resolve();
  });
}

/** Parse dropped folder entries (DataTransferItem.webkitGetAsEntry()), recursively. Never rejects. */
export async function readEntries(entries: readonly EntryLike[]): Promise<LoadResult> {
  const files: FileLike[] = [];
  const errors: LoadResult['errors'] = [];
  for (const e of entries) await entryFiles(e, files, errors);
  const r = await readFiles(files);
  return { instances: r.instances, errors: [...errors, ...r.errors] };
}
