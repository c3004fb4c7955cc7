import type { FileError } from '@caliper/core';
import type { UnzipFileInfo } from 'fflate';

/** Caps on what a .zip may expand to; past them an entry is refused with a reason, never inflated. */
export interface ZipLimits {
  /** Largest uncompressed entry (bytes). */
  readonly maxEntryBytes: number;
  /** Largest sum of the uncompressed entries read from one archive (bytes). */
  readonly maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 1024 ** 3, maxTotalBytes: 2 * 1024 ** 3 };

// Deflate's longest match (258 bytes) costs at least 2 bits, so it cannot expand more than
// ~1032:1 (RFC 1951 3.2.5); a larger declared ratio is a corrupt or forged header.
const MAX_DEFLATE_RATIO = 1032;
// A central-directory record is at least 46 bytes (APPNOTE 4.3.12).
const CENTRAL_RECORD_BYTES = 46;

const mib = (n: number) => `${(n / 1024 ** 2).toFixed(n < 1024 ** 2 ? 3 : 0)} MiB`;

/** Entries that are not images: folders, macOS resource forks, DICOMDIR indexes. */
export function isSkippedEntry(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)DICOMDIR$/i.test(name);
}

/**
 * An entry name a careless extractor would write outside its folder ("zip slip"): absolute,
 * drive-letter or UNC paths, `..` segments, or a NUL. Caliper writes no entry to disk, but such a
 * name only comes from a hostile archive, and it would be shown as the file's name: refused.
 */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\0')) return 'a NUL character';
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return 'an absolute path';
  if (name.split(/[/\\]/).includes('..')) return "a '..' segment";
  return undefined;
}

/** Control characters shown as U+FFFD so an entry name prints as one inert line. */
export function printableEntryName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return name.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
}

/**
 * Decide, from the central directory alone, which entries to inflate: index → accepted; every
 * refused entry becomes a FileError naming `archive/entry` and why (bomb-sized, forged ratio,
 * unsafe name, unknown compression, duplicate name). Throws on a corrupt directory.
 */
export function vetZipEntries(infos: readonly UnzipFileInfo[], archive: string, archiveBytes: number, limits: ZipLimits): { accepted: Set<number>; errors: FileError[] } {
  const accepted = new Set<number>();
  const errors: FileError[] = [];
  const seen = new Set<string>();
  let total = 0;
  let compressed = 0;
  infos.forEach((f, i) => {
    if (isSkippedEntry(f.name)) return;
    const file = `${archive}/${printableEntryName(f.name)}`;
    const refuse = (reason: string) => errors.push({ file, reason });
    const unsafe = unsafeEntryName(f.name);
    if (unsafe) return refuse(`unsafe path in .zip (${unsafe}): entry not read`);
    if (seen.has(f.name)) return refuse('duplicate entry name in .zip: only the first copy is read');
    seen.add(f.name);
    if (f.compression !== 0 && f.compression !== 8) return refuse(`unsupported .zip compression method ${f.compression} (only stored and deflate)`);
    if (f.originalSize > limits.maxEntryBytes) return refuse(`.zip entry declares ${mib(f.originalSize)} uncompressed, over the ${mib(limits.maxEntryBytes)} limit per entry (zip bomb?)`);
    if (f.compression === 8 && f.originalSize > f.size * MAX_DEFLATE_RATIO + 1024) {
      return refuse(`.zip entry declares ${mib(f.originalSize)} from ${mib(f.size)} compressed, more than deflate can expand (corrupt header or zip bomb)`);
    }
    const size = f.compression === 0 ? f.size : f.originalSize;
    if (total + size > limits.maxTotalBytes) return refuse(`.zip expands to more than the ${mib(limits.maxTotalBytes)} limit per archive: entry not read (zip bomb?)`);
    // Entries that do not share data hold disjoint bytes of the archive: past its size, records
    // point at the same data (an overlapping-entry bomb). With the ratio check above, an archive
    // never expands beyond 1032 times its own size.
    if (compressed + f.size > archiveBytes) return refuse('.zip entries overlap (their compressed data add up to more than the archive): entry not read (zip bomb?)');
    compressed += f.size;
    total += size;
    accepted.add(i);
  });
  return { accepted, errors };
}

/** Guard for fflate's directory walk: an end record may declare more entries than the bytes hold. */
export function checkEntryCount(index: number, archiveBytes: number): void {
  if (index > archiveBytes / CENTRAL_RECORD_BYTES) throw new Error('the archive declares more entries than it can hold');
}
