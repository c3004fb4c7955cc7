import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '@caliper/batch';
import type { ManifestItem } from '@caliper/batch';
import type { BatchArgs } from './parseBatchArgs';
import { searchStudies } from './dicomweb';

/**
 * The cohort's items: the manifest (CSV, or JSON by its .json extension) or, with --query, one
 * item per study the QIDO-RS search returns (key = StudyInstanceUID). Errors (unreadable or
 * malformed manifest, server unreachable after the retries) are input errors: exit 1.
 */
export async function loadItems(a: BatchArgs): Promise<{ ok: true; items: ManifestItem[] } | { ok: false; error: string }> {
  if (a.manifest) {
    let text: string;
    try {
      text = readFileSync(a.manifest, 'utf8');
    } catch (e) {
      return { ok: false, error: `cannot read manifest ${a.manifest}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}` };
    }
    const r = parseManifest(text, /\.json$/i.test(a.manifest) ? 'json' : 'csv', { baseDir: path.dirname(a.manifest), task: a.task });
    if (!r.ok) return { ok: false, error: `${path.basename(a.manifest)}: ${r.error}` };
    if (r.items.some((i) => i.study) && !a.dicomweb) return { ok: false, error: `${path.basename(a.manifest)}: line ${r.items.find((i) => i.study)!.lines[0]} names a study: give --dicomweb <root>` };
    return r;
  }
  try {
    const uids = await searchStudies(a.dicomweb!, a.query!, a.retries);
    if (uids.length === 0) return { ok: false, error: `DICOMweb query '${a.query}' found no study` };
    return { ok: true, items: [...new Set(uids)].map((u) => ({ key: u, lines: [], paths: [], study: u, series: null, roi: null, segment: null, patient: null, timepoint: null })) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
