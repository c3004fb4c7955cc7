import { unzipSync } from 'fflate';
import type { LoadResult } from '../model/series';
import { parseMany } from './parseMany';

/** True for the ZIP local-file-header magic "PK\x03\x04" (or an empty archive "PK\x05\x06"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Parse every file inside a .zip (fflate). Entries are named `archive.zip/inner/path`; folders,
 * macOS resource forks and DICOMDIR indexes are skipped. A corrupt archive is one FileError.
 */
export function readZip(bytes: Uint8Array, name: string): LoadResult {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !f.name.startsWith('__MACOSX/') && !/(^|\/)DICOMDIR$/i.test(f.name) });
  } catch (e) {
    return { instances: [], errors: [{ file: name, reason: `corrupt or unsupported .zip archive: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  return parseMany(Object.entries(entries).map(([inner, data]) => ({ name: `${name}/${inner}`, bytes: data })));
}
