import type { FileError } from '@caliper/core';
import type { UnzipFileInfo } from 'fflate';
import { unzipSync } from 'fflate';
import type { LoadResult } from '../model/series';
import { parseMany } from './parseMany';
import type { ZipLimits } from './vetZipEntries';
import { checkEntryCount, DEFAULT_ZIP_LIMITS, printableEntryName, vetZipEntries } from './vetZipEntries';

/** True for the ZIP local-file-header magic "PK\x03\x04" (or an empty archive "PK\x05\x06"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

const MAX_RETRIED_ENTRIES = 2000;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Inflate the entries whose directory index is in `pick` (fflate's filter sees them in order). */
function inflate(bytes: Uint8Array, pick: (i: number) => boolean): Record<string, Uint8Array> {
  let i = 0;
  return unzipSync(bytes, {
    filter: () => {
      checkEntryCount(i, bytes.length);
      return pick(i++);
    },
  });
}

/**
 * Parse every file inside a .zip (fflate). Entries are named `archive.zip/inner/path`; folders,
 * macOS resource forks and DICOMDIR indexes are skipped. The central directory is read first and
 * nothing is inflated past `limits` (zip bombs), nor from an unsafe path; a corrupt archive is one
 * FileError, a corrupt entry one FileError for that entry while the others load.
 */
export function readZip(bytes: Uint8Array, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): LoadResult {
  const infos: UnzipFileInfo[] = [];
  let vetted: ReturnType<typeof vetZipEntries>;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        checkEntryCount(infos.length, bytes.length);
        infos.push(f);
        return false;
      },
    });
    vetted = vetZipEntries(infos, name, bytes.length, limits);
  } catch (e) {
    return { instances: [], errors: [{ file: name, reason: `corrupt or unsupported .zip archive: ${messageOf(e)}` }] };
  }
  const errors: FileError[] = [...vetted.errors];
  let entries: Record<string, Uint8Array>;
  try {
    entries = inflate(bytes, (i) => vetted.accepted.has(i));
  } catch (e) {
    // One entry's data is corrupt: inflate them one by one so the others still load (each pass
    // walks the whole directory, so only for archives of a sensible size).
    if (vetted.accepted.size > MAX_RETRIED_ENTRIES) return { instances: [], errors: [...errors, { file: name, reason: `corrupt .zip archive: ${messageOf(e)}` }] };
    entries = {};
    for (const i of vetted.accepted) {
      try {
        Object.assign(entries, inflate(bytes, (k) => k === i));
      } catch (e) {
        errors.push({ file: `${name}/${printableEntryName(infos[i].name)}`, reason: `corrupt .zip entry: ${messageOf(e)}` });
      }
    }
  }
  const parsed = parseMany(Object.entries(entries).map(([inner, data]) => ({ name: `${name}/${printableEntryName(inner)}`, bytes: data })));
  return { instances: parsed.instances, errors: [...errors, ...parsed.errors] };
}
