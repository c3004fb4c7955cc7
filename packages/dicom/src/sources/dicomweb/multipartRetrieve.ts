import { boundaryOf } from './multipart';
import { createMultipartSplitter, type MultipartPart } from './multipartStream';
import { retryBusy, type RetryBusyOptions } from './retryBusy';

/**
 * WADO-RS Accept for Part 10 objects as stored (PS3.18 8.7.3.5.2: transfer-syntax=* lets the origin
 * server send each instance in its stored syntax, so it does not transcode a JPEG-LS CT to explicit
 * VR little endian, 5–10× the bytes, as it must for a bare multipart/related; type="application/dicom").
 */
export const ACCEPT_AS_STORED = 'multipart/related; type="application/dicom"; transfer-syntax=*';
/** The default (explicit VR little endian, PS3.18 8.7.3.5.2), asked for when a server refuses `*`. */
export const ACCEPT_DEFAULT = 'multipart/related; type="application/dicom"';

/** An HTTP failure with its status (0: no answer), as explainHttpError reads it. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface MultipartRetrieveOptions {
  /** Called with each part as soon as it is complete, in the order the server sends them. */
  readonly onPart: (part: MultipartPart) => void;
  readonly headers?: Readonly<Record<string, string>>;
  /** First Accept to try; default ACCEPT_AS_STORED. A 406 (or 400) answer falls back to ACCEPT_DEFAULT. */
  readonly accept?: string;
  /** No answer or no new bytes for this long aborts the request, ms. Default 30 000. */
  readonly idleTimeoutMs?: number;
  readonly retry?: RetryBusyOptions;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

export interface MultipartRetrieveResult {
  readonly parts: number;
  /** The Accept the server answered: ACCEPT_DEFAULT when it refused the stored syntax. */
  readonly accept: string;
}

/**
 * One streamed WADO-RS retrieve (a series, or one instance) of multipart/related Part 10 objects:
 * asks for the stored transfer syntax, falls back to the default on 406 Not Acceptable (400 too:
 * some servers refuse unknown media-type parameters that way), retries with back-off while the
 * server answers 429/503 (retryBusy), and hands every part on as soon as it has arrived. Rejects
 * with an HttpStatusError (status 0: no answer, timed out) or a MultipartError (body cut short),
 * after the parts that did arrive were handed on.
 */
export async function retrieveMultipart(url: string, o: MultipartRetrieveOptions): Promise<MultipartRetrieveResult> {
  const doFetch = o.fetch ?? globalThis.fetch.bind(globalThis);
  const idleMs = o.idleTimeoutMs ?? 30_000;
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(o.signal?.reason);
  o.signal?.addEventListener('abort', onOuterAbort);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, idleMs);
  };

  const open = async (accept: string): Promise<Response> => {
    arm();
    let res: Response;
    try {
      res = await doFetch(url, { headers: { ...o.headers, Accept: accept }, signal: abort.signal });
    } catch (e) {
      throw new HttpStatusError(0, timedOut ? `no answer within ${idleMs} ms` : e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new HttpStatusError(res.status, `HTTP ${res.status} ${res.statusText}`.trim());
    }
    return res;
  };

  try {
    let accept = o.accept ?? ACCEPT_AS_STORED;
    let res: Response;
    try {
      res = await retryBusy(() => open(accept), o.retry);
    } catch (e) {
      if (!(e instanceof HttpStatusError) || (e.status !== 406 && e.status !== 400) || accept === ACCEPT_DEFAULT) throw e;
      accept = ACCEPT_DEFAULT;
      res = await retryBusy(() => open(accept), o.retry);
    }
    const type = res.headers.get('content-type') ?? '';
    const boundary = boundaryOf(type);
    if (!boundary || !res.body) throw new HttpStatusError(res.status, `the answer is not multipart/related (Content-Type: ${type || 'none'})`);
    const splitter = createMultipartSplitter(boundary);
    const reader = res.body.getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (e) {
          throw new HttpStatusError(0, timedOut ? `the answer stalled for ${idleMs} ms after ${splitter.count} parts` : `the answer was cut after ${splitter.count} parts: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (chunk.done) break;
        arm();
        for (const part of splitter.push(chunk.value)) o.onPart(part);
      }
      splitter.end();
    } finally {
      reader.releaseLock();
    }
    return { parts: splitter.count, accept };
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onOuterAbort);
  }
}
