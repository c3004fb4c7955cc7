/**
 * multipart/related bodies of DICOMweb (PS3.18 8.6): STOW-RS requests are built, WADO-RS
 * responses split. Binary-safe: parts are found by the boundary delimiter, never by text.
 */
const enc = new TextEncoder();

/** A multipart/related body of DICOM Part 10 objects for STOW-RS (PS3.18 10.5), with its boundary. */
export function buildMultipart(parts: readonly Uint8Array[], boundary: string): Uint8Array<ArrayBuffer> {
  const head = enc.encode(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`);
  const sep = enc.encode('\r\n');
  const tail = enc.encode(`--${boundary}--\r\n`);
  const total = parts.reduce((t, p) => t + head.length + p.length + sep.length, tail.length);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(head, at); at += head.length;
    out.set(p, at); at += p.length;
    out.set(sep, at); at += sep.length;
  }
  out.set(tail, at);
  return out;
}

/** Boundary parameter of a multipart Content-Type header (quoted or not). */
export function boundaryOf(contentType: string): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  return m?.[1];
}

const CRLFCRLF = new Uint8Array([13, 10, 13, 10]);

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first, from); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The bodies of a multipart/related response (WADO-RS), headers stripped; views into `body`. */
export function parseMultipart(body: Uint8Array, boundary: string): Uint8Array[] {
  const delim = enc.encode(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let at = indexOf(body, delim, 0);
  while (at >= 0) {
    const start = at + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing delimiter
    const headerEnd = indexOf(body, CRLFCRLF, start);
    if (headerEnd < 0) break;
    const next = indexOf(body, delim, headerEnd + 4);
    if (next < 0) break;
    // The CRLF before the next delimiter belongs to the delimiter.
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    parts.push(body.subarray(headerEnd + 4, end));
    at = next;
  }
  return parts;
}
