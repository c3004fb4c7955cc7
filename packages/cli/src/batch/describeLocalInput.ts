import { readFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { sha256 } from '@caliper/batch';
import { listFiles } from './listFiles';

export interface InputDescription {
  /** Parts of the input hash: a stable name and the sha256 of the bytes. */
  readonly parts: { name: string; digest: string }[];
  /** Study and Series Instance UIDs found in the files, sorted, unique. */
  readonly uids: string[];
  readonly bytes: number;
}

/**
 * Hashes an item's local input files (names relative to the path given, so the hash is the same on
 * every machine that mounts the data elsewhere) and reads the Study/Series UIDs from the DICOM
 * headers (files that are not DICOM contribute to the hash only).
 */
export function describeLocalInput(paths: readonly string[]): { ok: true; value: InputDescription } | { ok: false; error: string } {
  const parts: { name: string; digest: string }[] = [];
  const uids = new Set<string>();
  let bytes = 0;
  for (const [i, root] of paths.entries()) {
    const listed = listFiles([root]);
    if (!listed.ok) return listed;
    for (const f of listed.files) {
      const b = readFileSync(f);
      bytes += b.byteLength;
      parts.push({ name: `${i}/${path.relative(root, f) || path.basename(f)}`, digest: sha256(b) });
      try {
        const ds = dicomParser.parseDicom(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), { untilTag: 'x7fe00010' });
        for (const tag of ['x0020000d', 'x0020000e']) {
          const u = ds.string(tag);
          if (u) uids.add(u);
        }
      } catch {
        /* not DICOM (an SR's sibling timeline.json, a corrupt file): the command reports it */
      }
    }
  }
  return { ok: true, value: { parts, uids: [...uids].sort(), bytes } };
}
