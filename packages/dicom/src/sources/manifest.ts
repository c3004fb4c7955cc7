import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { LoadResult } from '../model/series';
import type { FetchLike, ManifestSeries, StudyManifest } from './manifestSchema';
import { validateManifest } from './manifestSchema';
import { mergeResults, parseMany } from './parseMany';

export { validateManifest };

const defaultFetch = (): FetchLike => globalThis.fetch as unknown as FetchLike;

/** Absolute URLs of a manifest series' instances (paths are relative to the manifest URL). */
export function manifestInstanceUrls(manifestUrl: string, series: ManifestSeries): string[] {
  return series.instances.map((p) => new URL(p, manifestUrl).toString());
}

function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Fetch and validate a static study manifest. Never rejects. */
export async function loadManifest(url: string, fetchFn: FetchLike = defaultFetch()): Promise<Result<StudyManifest, FileError>> {
  try {
    const res = await fetchFn(url);
    if (!res.ok) return err({ file: url, reason: `manifest request failed: HTTP ${res.status} ${res.statusText}`.trim() });
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return err({ file: url, reason: 'manifest is not valid JSON' });
    }
    const v = validateManifest(json);
    return v.ok ? ok(v.value) : err({ file: url, reason: `invalid manifest: ${v.error}` });
  } catch (e) {
    return err({ file: url, reason: `cannot fetch manifest (server down or offline?): ${describeFailure(e)}` });
  }
}

/** Fetch and parse every instance of a manifest series, `concurrency` at a time. Never rejects. */
export async function loadManifestSeries(
  manifestUrl: string,
  series: ManifestSeries,
  fetchFn: FetchLike = defaultFetch(),
  concurrency = 6,
): Promise<LoadResult> {
  const urls = manifestInstanceUrls(manifestUrl, series);
  const results: LoadResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i];
      try {
        const res = await fetchFn(url);
        results[i] = res.ok
          ? parseMany([{ name: url, bytes: new Uint8Array(await res.arrayBuffer()) }])
          : { instances: [], errors: [{ file: url, reason: `HTTP ${res.status} ${res.statusText}`.trim() }] };
      } catch (e) {
        results[i] = { instances: [], errors: [{ file: url, reason: `cannot fetch: ${describeFailure(e)}` }] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return mergeResults(results);
}
