import type { DicomWebSettings } from '../../loading/sources/dicomWebSettings';
import { boundaryOf, buildMultipart, parseMultipart } from '@caliper/dicom';

/** A failed DICOMweb request with a message a radiologist can act on. */
export class PacsError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

const base = (s: DicomWebSettings) => s.url.replace(/\/+$/, '');
const auth = (s: DicomWebSettings): Record<string, string> => (s.token ? { Authorization: `Bearer ${s.token}` } : {});

export function explainStatus(what: string, status: number, url: string): string {
  if (status === 0) return `${what}: no answer from the PACS at ${url} (offline, server down or blocked)`;
  if (status === 401) return `${what}: HTTP 401 Unauthorized, the PACS wants credentials (set or renew the bearer token)`;
  if (status === 403) return `${what}: HTTP 403 Forbidden, this token may not store objects`;
  if (status === 413) return `${what}: HTTP 413 Payload Too Large, the PACS (or its proxy) refused the size of the SR/SEG`;
  if (status >= 500) return `${what}: HTTP ${status} server error at the PACS`;
  return `${what}: HTTP ${status}`;
}

async function send(s: DicomWebSettings, what: string, url: string, init: RequestInit): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(url, { ...init, headers: { ...auth(s), ...(init.headers as Record<string, string>) } });
  } catch {
    throw new PacsError(explainStatus(what, 0, base(s)), 0);
  }
  if (!r.ok) throw new PacsError(explainStatus(what, r.status, base(s)), r.status);
  return r;
}

/** STOW-RS (PS3.18 10.5) of Part 10 objects into a study; rejects with a PacsError. */
export async function stowInstances(s: DicomWebSettings, studyInstanceUID: string, parts: readonly Uint8Array[]): Promise<void> {
  const boundary = `caliper-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  await send(s, 'Save to PACS failed', `${base(s)}/studies/${studyInstanceUID}`, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/related; type="application/dicom"; boundary=${boundary}`, Accept: 'application/dicom+json' },
    body: buildMultipart(parts, boundary),
  });
}

export interface QidoItem {
  readonly seriesInstanceUID: string;
  readonly sopInstanceUID: string;
  readonly modality: string;
}

const str = (o: Record<string, { Value?: unknown[] } | undefined>, tag: string): string => String(o[tag]?.Value?.[0] ?? '');

async function qido(s: DicomWebSettings, url: string): Promise<Record<string, { Value?: unknown[] }>[]> {
  const r = await send(s, 'Looking for a saved reading on the PACS failed', url, { headers: { Accept: 'application/dicom+json' } });
  const text = await r.text();
  return (text ? JSON.parse(text) : []) as Record<string, { Value?: unknown[] }>[];
}

/** QIDO-RS: the SR and SEG instances of a study (series search, then instances of SR/SEG series). */
export async function searchReadingObjects(s: DicomWebSettings, studyInstanceUID: string): Promise<QidoItem[]> {
  const out: QidoItem[] = [];
  const series = await qido(s, `${base(s)}/studies/${studyInstanceUID}/series`);
  for (const se of series) {
    const modality = str(se, '00080060');
    if (modality !== 'SR' && modality !== 'SEG') continue;
    const uid = str(se, '0020000E');
    for (const o of await qido(s, `${base(s)}/studies/${studyInstanceUID}/series/${uid}/instances`)) out.push({ seriesInstanceUID: uid, sopInstanceUID: str(o, '00080018'), modality });
  }
  return out;
}

/** WADO-RS retrieve of one instance as Part 10 bytes. */
export async function retrieveInstance(s: DicomWebSettings, studyInstanceUID: string, item: QidoItem): Promise<Uint8Array> {
  const r = await send(s, 'Retrieving the saved reading from the PACS failed', `${base(s)}/studies/${studyInstanceUID}/series/${item.seriesInstanceUID}/instances/${item.sopInstanceUID}`, {
    headers: { Accept: 'multipart/related; type="application/dicom"' },
  });
  let body: Uint8Array;
  try {
    body = new Uint8Array(await r.arrayBuffer());
  } catch {
    throw new PacsError(`Retrieving the saved reading from the PACS failed: the connection broke while ${item.sopInstanceUID} was being sent`, 0);
  }
  const boundary = boundaryOf(r.headers.get('Content-Type') ?? '');
  // A multipart body ends with "--boundary--" (RFC 2046 §5.1.1); without it the response was cut short.
  if (boundary && !endsWithCloseDelimiter(body, boundary)) {
    throw new PacsError(`Retrieving the saved reading from the PACS failed: the response for ${item.sopInstanceUID} was cut short (${body.length} bytes, no closing boundary)`, r.status);
  }
  const parts = boundary ? parseMultipart(body, boundary) : [body];
  if (parts.length === 0) throw new PacsError(`the PACS sent no object for ${item.sopInstanceUID}`, r.status);
  return parts[0];
}

/** True when the last bytes of a multipart body (trailing whitespace aside) are its close delimiter. */
export function endsWithCloseDelimiter(body: Uint8Array, boundary: string): boolean {
  const close = new TextEncoder().encode(`--${boundary}--`);
  let end = body.length;
  while (end > 0 && (body[end - 1] === 0x0d || body[end - 1] === 0x0a || body[end - 1] === 0x20 || body[end - 1] === 0x09)) end--;
  if (end < close.length) return false;
  for (let i = 0; i < close.length; i++) if (body[end - close.length + i] !== close[i]) return false;
  return true;
}
