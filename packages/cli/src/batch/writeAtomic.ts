import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `data` to `file` through a temporary file in the same folder and a rename, so a reader
 * (or a re-run after a kill) sees the old file or the whole new one, never a partial one.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
