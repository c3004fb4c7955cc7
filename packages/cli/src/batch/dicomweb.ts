import { parseMultipart } from '@caliper/batch';

type Json = Record<string, { Value?: unknown[] }>;
const str = (o: Json, tag: string): string | null => {
  const v = o[tag]?.Value?.[0];
  return typeof v === 'string' ? v : null;
};

/**
 * GET with retries: a network error or a 5xx is retried (`attempts` tries in all, waits 0.25 s,
 * 0.5 s, 1 s …); a 4xx fails at once. The error names the URL, the reason and the attempts.
 */
export async function fetchWithRetry(url: string, accept: string, attempts: number): Promise<Response> {
  let last = '';
  for (let k = 0; k < attempts; k++) {
    if (k > 0) await new Promise((r) => setTimeout(r, 250 * 2 ** (k - 1)));
    try {
      const r = await fetch(url, { headers: { Accept: accept } });
      if (r.ok) return r;
      last = `HTTP ${r.status} ${r.statusText}`.trim();
      if (r.status < 500) break;
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      last = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    }
  }
  throw new Error(`DICOMweb ${url}: ${last} (${attempts} attempt${attempts === 1 ? '' : 's'})`);
}

/** QIDO-RS study search → StudyInstanceUIDs (in the server's order). */
export async function searchStudies(root: string, query: string, attempts: number): Promise<string[]> {
  const r = await fetchWithRetry(`${root}/studies?${query}`, 'application/dicom+json', attempts);
  const list = (r.status === 204 ? [] : await r.json()) as Json[];
  return list.map((s) => str(s, '0020000D')).filter((u): u is string => u !== null);
}

/** QIDO-RS instances of a study (or one of its series): SOP Instance UID and Series Instance UID of each. */
export async function listInstances(root: string, study: string, series: string | null, attempts: number): Promise<{ sop: string; series: string }[]> {
  const url = series ? `${root}/studies/${study}/series/${series}/instances` : `${root}/studies/${study}/instances`;
  const r = await fetchWithRetry(url, 'application/dicom+json', attempts);
  const list = (r.status === 204 ? [] : await r.json()) as Json[];
  return list.map((o) => ({ sop: str(o, '00080018') ?? '', series: str(o, '0020000E') ?? '' })).filter((x) => x.sop);
}

/** WADO-RS retrieve of a study (or one series) as Part 10 instances, in their stored transfer syntax. */
export async function retrieveInstances(root: string, study: string, series: string | null, attempts: number): Promise<Uint8Array[]> {
  const url = series ? `${root}/studies/${study}/series/${series}` : `${root}/studies/${study}`;
  const r = await fetchWithRetry(url, 'multipart/related; type="application/dicom"; transfer-syntax=*', attempts);
  return parseMultipart(new Uint8Array(await r.arrayBuffer()), r.headers.get('content-type') ?? '');
}
