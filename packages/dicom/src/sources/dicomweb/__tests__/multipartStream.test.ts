import { describe, expect, it } from 'vitest';
import { boundaryOf, buildMultipart } from '../multipart';
import { createMultipartSplitter, MultipartError, readMultipartStream, type MultipartPart } from '../multipartStream';

const enc = new TextEncoder();
const text = (p: MultipartPart) => new TextDecoder('latin1').decode(p.body);

/** Feeds `body` in chunks cut at every `step` bytes; returns the parts in the order they came out. */
function splitInChunks(body: Uint8Array, boundary: string, step: number): { parts: MultipartPart[]; perPush: number[] } {
  const s = createMultipartSplitter(boundary);
  const parts: MultipartPart[] = [];
  const perPush: number[] = [];
  for (let i = 0; i < body.length; i += step) {
    const got = s.push(body.subarray(i, i + step));
    perPush.push(got.length);
    parts.push(...got);
  }
  s.end();
  return { parts, perPush };
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });
}

const WADO = enc.encode(
  'preamble text, ignored\r\n' +
    '--XYZ\r\nContent-Type: application/dicom\r\nContent-Length: 5\r\n\r\nAB\r\nC' +
    '\r\n--XYZ\r\nContent-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80\r\n\r\n--XY' +
    '\r\n--XYZ--\r\nepilogue, ignored\r\n--XYZ\r\n\r\nnot a part',
);

describe('createMultipartSplitter', () => {
  it('cuts parts at CRLF--boundary, keeps CRLF and dashes inside a part, skips preamble and epilogue', () => {
    const { parts } = splitInChunks(WADO, 'XYZ', WADO.length);
    expect(parts.map(text)).toEqual(['AB\r\nC', '--XY']);
    expect(parts[0].headers).toEqual({ 'content-type': 'application/dicom', 'content-length': '5' });
    expect(parts[1].headers['content-type']).toBe('application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80');
  });

  it('gives the same parts whatever the chunking: boundaries split across chunks, one byte at a time', () => {
    for (const step of [1, 2, 3, 5, 7, 11, 16, 64]) {
      expect(splitInChunks(WADO, 'XYZ', step).parts.map(text), `chunks of ${step}`).toEqual(['AB\r\nC', '--XY']);
    }
  });

  it('hands a part over as soon as its closing delimiter arrives, not at the end of the body', () => {
    const a = new Uint8Array(1000).map((_, i) => (i * 7) % 256);
    const b = new Uint8Array(3000).map((_, i) => (i * 13) % 256);
    const body = buildMultipart([a, b], 'b-1');
    // "--b-1\r\nContent-Type: application/dicom\r\n\r\n" (5 + 2 + 31 + 4 = 42 bytes), a (1000 bytes),
    // then "\r\n--b-1" (7): part 1 is known complete at byte 1049, not one byte before.
    const s = createMultipartSplitter('b-1');
    expect(s.push(body.subarray(0, 1048))).toEqual([]);
    const first = s.push(body.subarray(1048, 1049));
    expect(first.map((p) => p.body)).toEqual([a]);
    expect(s.push(body.subarray(1049)).map((p) => p.body)).toEqual([b]);
    expect(s.count).toBe(2);
    s.end();
  });

  it('copes with parts far larger than its initial buffer (100 KiB parts in 1000-byte chunks)', () => {
    const big = [1, 2, 3].map((k) => new Uint8Array(100 * 1024).map((_, i) => (i * k + (i >> 9)) % 251));
    const { parts } = splitInChunks(buildMultipart(big, 'bb'), 'bb', 1000);
    expect(parts.map((p) => p.body)).toEqual(big);
  });

  it('a part with no headers starts right after the delimiter line', () => {
    const { parts } = splitInChunks(enc.encode('--q\r\n\r\nbody\r\n--q--'), 'q', 2);
    expect(parts.map(text)).toEqual(['body']);
    expect(parts[0].headers).toEqual({});
  });

  it('takes the quoted boundary parameter of a Content-Type (with characters a bare token cannot hold)', () => {
    const b = boundaryOf('multipart/related; type="application/dicom"; boundary="a:b=c?d"')!;
    expect(b).toBe('a:b=c?d');
    expect(splitInChunks(enc.encode('--a:b=c?d\r\nX: 1\r\n\r\nok\r\n--a:b=c?d--\r\n'), b, 3).parts.map(text)).toEqual(['ok']);
  });

  it('a truncated body is a named error saying how many parts were complete', () => {
    const body = buildMultipart([enc.encode('one'), enc.encode('two')], 'T');
    const s = createMultipartSplitter('T');
    const got = s.push(body.subarray(0, body.length - 12));
    expect(got.map(text)).toEqual(['one']);
    expect(() => s.end()).toThrow(MultipartError);
    expect(() => s.end()).toThrow('multipart body truncated: it ended inside part 2, before the closing boundary "--T--" (1 complete part read)');
  });

  it('a body without the boundary is a named error', () => {
    const s = createMultipartSplitter('nope');
    s.push(enc.encode('<html>proxy error</html>'));
    expect(() => s.end()).toThrow('multipart body has no part: boundary "nope" not found');
  });
});

describe('readMultipartStream', () => {
  it('yields each part from a ReadableStream, then rejects on a truncated body', async () => {
    const body = buildMultipart([enc.encode('p1'), enc.encode('p2')], 'S');
    const got: string[] = [];
    for await (const p of readMultipartStream(streamOf([body.subarray(0, 9), body.subarray(9)]), 'S')) got.push(text(p));
    expect(got).toEqual(['p1', 'p2']);
    const cut: string[] = [];
    await expect(
      (async () => {
        for await (const p of readMultipartStream(streamOf([body.subarray(0, body.length - 10)]), 'S')) cut.push(text(p));
      })(),
    ).rejects.toThrow(MultipartError);
    expect(cut).toEqual(['p1']);
  });
});
