import { readFile } from 'node:fs/promises';
import { readTimelineFromSr } from './readTimelineFromSr';

export type TimelineInput = { ok: true; json: unknown } | { ok: false; error: string; code: 1 | 2 };

/**
 * The timeline a command reads: one timeline JSON file, or (`fromSr`) Caliper's SRs. A file that
 * does not exist is bad usage (2); unreadable JSON or SRs are invalid input (1), named.
 */
export async function readTimelineInput(files: readonly string[], fromSr: boolean): Promise<TimelineInput> {
  if (fromSr) {
    const r = await readTimelineFromSr(files);
    return r.ok ? { ok: true, json: r.timeline } : { ok: false, error: r.error, code: r.usage ? 2 : 1 };
  }
  const file = files[0];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`, code: 2 };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `invalid timeline ${file}: not JSON (${(e as Error).message})`, code: 1 };
  }
}
