import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileError } from '@caliper/core';
import type { LoadResult } from '../model/series';
import { describeFsError } from './describeFsError';
import { mergeResults, parseMany } from '../sources/parseMany';
import { isZip, readZip } from '../sources/readZip';

async function collect(path: string, files: string[], errors: FileError[]): Promise<void> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const n of names) if (!n.startsWith('.')) await collect(join(path, n), files, errors);
    } else if (s.isFile()) files.push(path);
  } catch (e) {
    errors.push({ file: path, reason: describeFsError(e, path) });
  }
}

/**
 * Node: parse files and folders (recursively; hidden entries skipped; .zip expanded). Each
 * unreadable or invalid file is a FileError; never rejects.
 */
export async function readNodePaths(paths: readonly string[]): Promise<LoadResult> {
  const files: string[] = [];
  const errors: FileError[] = [];
  for (const p of paths) await collect(p, files, errors);
  const results: LoadResult[] = [{ instances: [], errors }];
  for (const f of files) {
    try {
      const bytes = new Uint8Array(await readFile(f));
      results.push(isZip(bytes) ? readZip(bytes, f) : parseMany([{ name: f, bytes }]));
    } catch (e) {
      results.push({ instances: [], errors: [{ file: f, reason: describeFsError(e, f) }] });
    }
  }
  return mergeResults(results);
}
