import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMultipart } from '@caliper/dicom';
import { endsWithCloseDelimiter, explainStatus, retrieveInstance, stowInstances } from '../pacsClient';

const settings = { url: 'http://pacs.test/dicom-web', auth: 'token' as const, token: '' };
const item = { seriesInstanceUID: '1.2.3', sopInstanceUID: '1.2.3.4', modality: 'SR' };
const object = new Uint8Array([0x44, 0x49, 0x43, 0x4d, 1, 2, 3, 4, 5, 6, 7, 8]);
const full = buildMultipart([object], 'b0');
const answer = (body: Uint8Array) => new Response(body.slice().buffer, { status: 200, headers: { 'Content-Type': 'multipart/related; type="application/dicom"; boundary=b0' } });
afterEach(() => { vi.unstubAllGlobals(); });

describe('pacsClient faults', () => {
  it('knows a whole multipart body from one cut short, at every byte', () => {
    expect(endsWithCloseDelimiter(full, 'b0')).toBe(true);
    let cut = 0;
    for (let n = 0; n < full.length - 2; n++) if (!endsWithCloseDelimiter(full.subarray(0, n), 'b0')) cut++;
    // Every prefix shorter than the body minus its final CRLF is incomplete: 0 … length-3.
    expect(cut).toBe(full.length - 2);
  });

  it('retrieve: a whole answer gives the object byte for byte; one cut short is named, never half an object', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(full)));
    expect(await retrieveInstance(settings, '1.2', item)).toEqual(object);
    vi.stubGlobal('fetch', vi.fn(async () => answer(full.subarray(0, full.length - 12))));
    await expect(retrieveInstance(settings, '1.2', item)).rejects.toThrow(`Retrieving the saved reading from the PACS failed: the response for 1.2.3.4 was cut short (${full.length - 12} bytes, no closing boundary)`);
  });

  it('STOW-RS: no answer, 401, 403, 413 and 503 are named', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(stowInstances(settings, '1.2', [object])).rejects.toMatchObject({ status: 0, message: 'Save to PACS failed: no answer from the PACS at http://pacs.test/dicom-web (offline, server down or blocked)' });
    for (const status of [401, 403, 413, 503]) {
      vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status })));
      await expect(stowInstances(settings, '1.2', [object])).rejects.toMatchObject({ status, message: explainStatus('Save to PACS failed', status, settings.url) });
    }
    expect(explainStatus('Save to PACS failed', 403, settings.url)).toBe('Save to PACS failed: HTTP 403 Forbidden, this token may not store objects');
  });
});
