import { boundaryOf, buildMultipart, parseMultipart } from '@caliper/dicom';

type Json = Record<string, { Value?: unknown[] }>;
const str = (o: Json, tag: string): string | null => {
  const v = o[tag]?.Value?.[0];
  return typeof v === 'string' ? v : null;
};

/**
 * GET with retries: a network error or a 5xx is retried (`attempts` tries in all, waits 0.25 s,
 * 0.5 s, 1 s …); a 4xx fails at once. The error names the URL, the reason and the attempts.
 */
export async function fetchWithRetry(url: string, accept: string, attempts: number, post?: { readonly body: Uint8Array<ArrayBuffer>; readonly contentType: string }): Promise<Response> {
  let last = '';
  let made = 0;
  for (let k = 0; k < attempts; k++) {
    made++;
    if (k > 0) await new Promise((r) => setTimeout(r, 250 * 2 ** (k - 1)));
    try {
      const r = post
        ? await fetch(url, { method: 'POST', headers: { Accept: accept, 'Content-Type': post.contentType }, body: post.body })
        : await fetch(url, { headers: { Accept: accept } });
      if (r.ok) return r;
      last = `HTTP ${r.status} ${r.statusText}`.trim();
      if (r.status < 500) break;
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      last = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    }
  }
  throw new Error(`DICOMweb ${url}: ${last} (${made} attempt${made === 1 ? '' : 's'})`);
}

/**
 * QIDO-RS study search → StudyInstanceUIDs (in the server's order). Pages through the results
 * with limit/offset (`page` per request) unless the query sets its own `limit`, so servers that cap
 * a response still give the whole cohort.
 */
export async function searchStudies(root: string, query: string, attempts: number, page = 1000): Promise<string[]> {
  const own = /(^|&)limit=/i.test(query);
  const uids: string[] = [];
  for (let offset = 0; ; offset += page) {
    const q = own ? query : `${query}${query ? '&' : ''}limit=${page}&offset=${offset}`;
    const r = await fetchWithRetry(`${root}/studies?${q}`, 'application/dicom+json', attempts);
    const list = (r.status === 204 ? [] : await r.json()) as Json[];
    uids.push(...list.map((s) => str(s, '0020000D')).filter((u): u is string => u !== null));
    if (own || list.length < page) return uids;
  }
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
  const ct = r.headers.get('content-type') ?? '';
  const boundary = boundaryOf(ct);
  if (!boundary) throw new Error(`DICOMweb ${url}: no multipart boundary in Content-Type '${ct}'`);
  return parseMultipart(new Uint8Array(await r.arrayBuffer()), boundary);
}

/**
 * STOW-RS (PS3.18 10.5): stores Part 10 objects in `root`'s studies, retried like a GET. A 202
 * (some instances refused) is an error naming the server's failure reason when it gives one.
 */
export async function storeInstances(root: string, objects: readonly Uint8Array[], attempts: number): Promise<void> {
  const boundary = `caliper-${crypto.randomUUID()}`;
  const url = `${root}/studies`;
  const r = await fetchWithRetry(url, 'application/dicom+json', attempts, {
    body: buildMultipart(objects, boundary),
    contentType: `multipart/related; type="application/dicom"; boundary=${boundary}`,
  });
  if (r.status === 202) {
    const text = await r.text();
    const reason = /"00081197"\s*:\s*\{[^}]*"Value"\s*:\s*\[\s*(\d+)/.exec(text)?.[1];
    throw new Error(`DICOMweb ${url}: the server refused some objects (HTTP 202${reason ? `, failure reason ${reason}` : ''})`);
  }
}
