/**
 * Streaming reader of multipart/related bodies (RFC 2046 5.1.1; DICOMweb WADO-RS, PS3.18 8.6.1.2):
 * each part comes out as soon as its closing delimiter has arrived, so a series retrieve can be
 * parsed and decoded while the rest of the body is still on the wire. Binary-safe: parts are cut at
 * CRLF "--" boundary, never by text; a part's bytes are its own copy (they can be transferred).
 * dicomweb-client (XHR, whole body as one ArrayBuffer) and meros (decodes browser chunks as text)
 * cannot do this, hence this small reader.
 */

/** A multipart body that cannot be read to its end (truncated, or no boundary at all). */
export class MultipartError extends Error {
  override readonly name = 'MultipartError';
}

export interface MultipartPart {
  /** Part headers, names in lower case (e.g. `content-type`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer>;
}

export interface MultipartSplitter {
  /** Adds bytes; returns the parts completed by them, in order. */
  push(chunk: Uint8Array): MultipartPart[];
  /** The body has ended: throws a MultipartError unless the closing delimiter was read. */
  end(): void;
  /** Parts read so far. */
  readonly count: number;
}

const enc = new TextEncoder();
const latin1 = new TextDecoder('latin1');
const CR = 13;
const LF = 10;
const DASH = 45;

function find(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first, from); i >= 0 && i <= to - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function parseHeaders(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of latin1.decode(bytes).split('\r\n')) {
    const c = line.indexOf(':');
    if (c > 0) out[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return out;
}

/**
 * An incremental splitter for one body with this boundary (the parameter of its Content-Type,
 * unquoted: see `boundaryOf`). The preamble before the first delimiter and the epilogue after the
 * closing one are ignored, as RFC 2046 asks.
 */
export function createMultipartSplitter(boundary: string): MultipartSplitter {
  // The first delimiter may open the body without a CRLF before it; every later one has it.
  const firstDelim = enc.encode(`--${boundary}`);
  const delim = enc.encode(`\r\n--${boundary}`);
  let buf = new Uint8Array(64 * 1024);
  let start = 0;
  let end = 0;
  let scan = 0;
  let state: 'preamble' | 'afterDelimiter' | 'headers' | 'body' | 'done' = 'preamble';
  let headers: Record<string, string> = {};
  let count = 0;
  let atBodyStart = true;

  function append(chunk: Uint8Array): void {
    if (end + chunk.length > buf.length) {
      const live = end - start;
      const next = live + chunk.length > buf.length / 2 ? new Uint8Array(Math.max(buf.length * 2, live + chunk.length)) : buf;
      if (next === buf) buf.copyWithin(0, start, end);
      else next.set(buf.subarray(start, end));
      buf = next;
      scan -= start;
      end = live;
      start = 0;
    }
    buf.set(chunk, end);
    end += chunk.length;
  }

  function step(out: MultipartPart[]): boolean {
    switch (state) {
      case 'preamble': {
        // A delimiter at the very start, or after a CRLF ending the preamble.
        if (atBodyStart) {
          if (end < firstDelim.length) return false;
          atBodyStart = false;
          if (find(buf, firstDelim, 0, firstDelim.length) === 0) {
            start = firstDelim.length;
            scan = start;
            state = 'afterDelimiter';
            return true;
          }
        }
        const i = find(buf, delim, Math.max(scan, start), end);
        if (i < 0) {
          scan = Math.max(start, end - delim.length + 1);
          return false;
        }
        start = i + delim.length;
        scan = start;
        state = 'afterDelimiter';
        return true;
      }
      case 'afterDelimiter': {
        // "--" closes the body; else transport padding up to CRLF, then the part's headers.
        if (end - start < 2) return false;
        if (buf[start] === DASH && buf[start + 1] === DASH) {
          state = 'done';
          start = end;
          return false;
        }
        let i = start;
        while (i + 1 < end && !(buf[i] === CR && buf[i + 1] === LF)) i++;
        if (i + 1 >= end) return false;
        start = i + 2;
        scan = start;
        state = 'headers';
        return true;
      }
      case 'headers': {
        // A part with no headers starts its body right after the delimiter line's CRLF.
        if (end - start >= 2 && buf[start] === CR && buf[start + 1] === LF) {
          headers = {};
          start += 2;
        } else {
          const i = find(buf, enc.encode('\r\n\r\n'), Math.max(scan, start), end);
          if (i < 0) {
            scan = Math.max(start, end - 3);
            return false;
          }
          headers = parseHeaders(buf.subarray(start, i));
          start = i + 4;
        }
        scan = start;
        state = 'body';
        return true;
      }
      case 'body': {
        const i = find(buf, delim, Math.max(scan, start), end);
        if (i < 0) {
          scan = Math.max(start, end - delim.length + 1);
          return false;
        }
        out.push({ headers, body: buf.slice(start, i) });
        count++;
        start = i + delim.length;
        scan = start;
        state = 'afterDelimiter';
        return true;
      }
      case 'done':
        start = end; // the epilogue
        return false;
    }
  }

  return {
    push(chunk) {
      const out: MultipartPart[] = [];
      if (state === 'done') return out;
      append(chunk);
      while (step(out));
      return out;
    },
    end() {
      if (state === 'done') return;
      if (state === 'preamble') throw new MultipartError(`multipart body has no part: boundary "${boundary}" not found`);
      throw new MultipartError(`multipart body truncated: it ended inside part ${count + 1}, before the closing boundary "--${boundary}--" (${count} complete part${count === 1 ? '' : 's'} read)`);
    },
    get count() {
      return count;
    },
  };
}

/** Reads a multipart stream (e.g. `response.body`), yielding each part as soon as it is complete. */
export async function* readMultipartStream(stream: ReadableStream<Uint8Array>, boundary: string): AsyncGenerator<MultipartPart> {
  const splitter = createMultipartSplitter(boundary);
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* splitter.push(value);
    }
    splitter.end();
  } finally {
    reader.releaseLock();
  }
}
