/**
 * A `multipart/related` body (WADO-RS retrieve) → the bytes of each part, headers stripped.
 * `contentType` is the response's Content-Type carrying the boundary. Throws when there is none.
 */
export function parseMultipart(body: Uint8Array, contentType: string): Uint8Array[] {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!m) throw new Error(`no multipart boundary in Content-Type '${contentType}'`);
  const delim = new TextEncoder().encode(`--${m[1]}`);
  const starts: number[] = [];
  for (let i = indexOf(body, delim, 0); i >= 0; i = indexOf(body, delim, i + delim.length)) starts.push(i);
  const parts: Uint8Array[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    const from = starts[k] + delim.length;
    const headerEnd = indexOf(body, CRLFCRLF, from);
    if (headerEnd < 0 || headerEnd > starts[k + 1]) continue;
    let end = starts[k + 1];
    if (body[end - 2] === 13 && body[end - 1] === 10) end -= 2;
    parts.push(body.subarray(headerEnd + 4, end));
  }
  return parts;
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
