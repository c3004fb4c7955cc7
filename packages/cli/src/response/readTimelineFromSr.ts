import { readFile } from 'node:fs/promises';
import type { Timeline } from '@caliper/response';

export type SrTimeline = { ok: true; timeline: Timeline } | { ok: false; error: string; usage: boolean };

/**
 * Reads Caliper's TID 1500 SRs (one per timepoint, tracking UIDs shared across timepoints) and
 * rebuilds the timeline `caliper response` assesses. A missing file is bad usage (exit 2); an SR
 * that cannot be read or mixes patients is an invalid timeline (exit 1), named in the message.
 */
export async function readTimelineFromSr(paths: readonly string[]): Promise<SrTimeline> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const p of paths) {
    try {
      files.push({ name: p, bytes: new Uint8Array(await readFile(p)) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { ok: false, error: code === 'ENOENT' ? `no such file: ${p}` : `cannot read ${p}: ${(e as Error).message}`, usage: true };
    }
  }
  // Loaded only for --from-sr: the SR reader pulls dcmjs, which plain timelines do not need.
  const { timelineFromSrFiles } = await import('@caliper/report');
  const r = timelineFromSrFiles(files);
  return r.ok ? { ok: true, timeline: r.timeline } : { ok: false, error: r.error, usage: false };
}
