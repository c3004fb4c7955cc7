import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every regular file under the given files/folders (recursive, sorted by path); a missing path is an error naming it. */
export function listFiles(paths: readonly string[]): { ok: true; files: string[] } | { ok: false; error: string } {
  const files: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    else if (st.isFile()) files.push(p);
  };
  for (const p of paths) {
    try {
      walk(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { ok: false, error: code === 'ENOENT' ? `no such file or folder: ${p}` : `cannot read ${p}: ${(e as Error).message}` };
    }
  }
  return { ok: true, files };
}
