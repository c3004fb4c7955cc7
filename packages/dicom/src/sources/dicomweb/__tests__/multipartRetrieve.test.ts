import { describe, expect, it } from 'vitest';
import { buildMultipart } from '../multipart';
import { ACCEPT_AS_STORED, ACCEPT_DEFAULT, HttpStatusError, retrieveMultipart } from '../multipartRetrieve';
import { MultipartError } from '../multipartStream';

const enc = new TextEncoder();
const noSleep = { sleep: async () => undefined };

/** A fetch that answers each call with the next canned response and records the Accept headers. */
function fakeFetch(answers: (() => Response)[]) {
  const accepts: string[] = [];
  const f = (async (_url: string, init: RequestInit) => {
    accepts.push(new Headers(init.headers).get('accept') ?? '');
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  }) as unknown as typeof fetch;
  return { f, accepts };
}

/** A multipart answer streamed in chunks of `step` bytes. */
function multipart(parts: Uint8Array[], step = 7, cut = 0): () => Response {
  const body = buildMultipart(parts, 'BND');
  const bytes = body.subarray(0, body.length - cut);
  return () =>
    new Response(
      new ReadableStream({
        start(c) {
          for (let i = 0; i < bytes.length; i += step) c.enqueue(bytes.slice(i, i + step));
          c.close();
        },
      }),
      { status: 200, headers: { 'Content-Type': 'multipart/related; type="application/dicom"; boundary="BND"' } },
    );
}
const status = (s: number) => () => new Response(`status ${s}`, { status: s });

describe('retrieveMultipart', () => {
  it('asks for the stored transfer syntax and hands each part on', async () => {
    const { f, accepts } = fakeFetch([multipart([enc.encode('one'), enc.encode('two'), enc.encode('three')])]);
    const got: string[] = [];
    const r = await retrieveMultipart('http://pacs/series/1', { fetch: f, onPart: (p) => got.push(new TextDecoder().decode(p.body)) });
    expect(got).toEqual(['one', 'two', 'three']);
    expect(r).toEqual({ parts: 3, accept: ACCEPT_AS_STORED });
    expect(accepts).toEqual(['multipart/related; type="application/dicom"; transfer-syntax=*']);
  });

  it('falls back to the default syntax when the server answers 406 Not Acceptable', async () => {
    const { f, accepts } = fakeFetch([status(406), multipart([enc.encode('x')])]);
    const r = await retrieveMultipart('u', { fetch: f, onPart: () => undefined });
    expect(accepts).toEqual([ACCEPT_AS_STORED, ACCEPT_DEFAULT]);
    expect(r.accept).toBe('multipart/related; type="application/dicom"');
  });

  it('retries with back-off on 429 and 503 (250, 500 ms), then reads the body', async () => {
    const waits: number[] = [];
    const { f, accepts } = fakeFetch([status(429), status(503), multipart([enc.encode('x')])]);
    const r = await retrieveMultipart('u', { fetch: f, onPart: () => undefined, retry: { sleep: async (ms) => void waits.push(ms) } });
    expect(r.parts).toBe(1);
    expect(waits).toEqual([250, 500]);
    expect(accepts.length).toBe(3);
  });

  it('a server error is an HttpStatusError with its status, not retried, no fallback', async () => {
    const { f, accepts } = fakeFetch([status(500)]);
    const e = await retrieveMultipart('u', { fetch: f, onPart: () => undefined, retry: noSleep }).catch((x) => x);
    expect(e).toBeInstanceOf(HttpStatusError);
    expect(e.status).toBe(500);
    expect(accepts.length).toBe(1);
  });

  it('a body cut short hands on the parts that arrived, then rejects with a MultipartError', async () => {
    const { f } = fakeFetch([multipart([enc.encode('first'), enc.encode('second')], 5, 14)]);
    const got: string[] = [];
    await expect(retrieveMultipart('u', { fetch: f, onPart: (p) => got.push(new TextDecoder().decode(p.body)) })).rejects.toThrow(MultipartError);
    expect(got).toEqual(['first']);
  });

  it('no answer is status 0; an answer that is not multipart is named', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const e = await retrieveMultipart('u', { fetch: down, onPart: () => undefined }).catch((x) => x);
    expect([e.status, e.message]).toEqual([0, 'Failed to fetch']);
    const { f } = fakeFetch([() => new Response('{}', { headers: { 'Content-Type': 'application/json' } })]);
    await expect(retrieveMultipart('u', { fetch: f, onPart: () => undefined })).rejects.toThrow('the answer is not multipart/related (Content-Type: application/json)');
  });

  it('a server that stops sending is aborted after the idle time (status 0)', async () => {
    const stalled = (async (_u: string, init: RequestInit) =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(buildMultipart([enc.encode('a')], 'BND').subarray(0, 10));
            init.signal?.addEventListener('abort', () => c.error(new Error('aborted')));
          },
        }),
        { headers: { 'Content-Type': 'multipart/related; boundary=BND' } },
      )) as unknown as typeof fetch;
    const e = await retrieveMultipart('u', { fetch: stalled, onPart: () => undefined, idleTimeoutMs: 50 }).catch((x) => x);
    expect([e.status, e.message]).toEqual([0, 'the answer stalled for 50 ms after 0 parts']);
  });
});
