import { describe, expect, it } from 'vitest';
import { writeSlice } from '../../__fixtures__/writeDicom';
import { loadManifest, loadManifestSeries, manifestInstanceUrls, validateManifest } from '../manifest';
import type { FetchLike } from '../manifestSchema';

const good = {
  version: 1,
  studies: [
    {
      studyInstanceUID: '1.2',
      patientName: 'Phantom^CT',
      patientId: 'P1',
      studyDate: '20260101',
      studyDescription: 'demo',
      series: [{ seriesInstanceUID: '1.2.3', modality: 'CT', seriesDescription: 'axial', seriesNumber: 2, instances: ['ct/0001.dcm', 'ct/0002.dcm'] }],
    },
  ],
};

/** A fake fetch serving a map of URL → body (JSON value or bytes); anything else is a 404. */
function fakeFetch(routes: Record<string, unknown>, calls: string[] = []): FetchLike {
  return async (url) => {
    calls.push(url);
    if (url.includes('offline')) throw new TypeError('Failed to fetch');
    const body = routes[url];
    const found = body !== undefined;
    return {
      ok: found,
      status: found ? 200 : 404,
      statusText: found ? 'OK' : 'Not Found',
      json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
      arrayBuffer: async () => (body as Uint8Array).slice().buffer,
    };
  };
}

describe('study manifest', () => {
  it('validates version 1 and names the bad field', () => {
    expect(validateManifest(good)).toEqual({ ok: true, value: good });
    expect(validateManifest({ version: 2, studies: [] })).toEqual({ ok: false, error: 'unsupported manifest version 2 (expected 1)' });
    const noUid = { version: 1, studies: [{ series: [{ modality: 'CT', instances: ['a'] }] }] };
    expect(validateManifest(noUid)).toEqual({ ok: false, error: 'studies[0].studyInstanceUID must be a non-empty string' });
    const escape = structuredClone(good);
    escape.studies[0].series[0].instances = ['../../etc/passwd'];
    expect(validateManifest(escape)).toEqual({ ok: false, error: 'studies[0].series[0].instances must be relative paths inside the manifest folder' });
  });

  it('accepts the optional timeline fields (issuer, study time, body part, frame, orientation)', () => {
    const rich = structuredClone(good) as any;
    Object.assign(rich.studies[0], { issuerOfPatientId: 'HOSP', studyTime: '095500' });
    Object.assign(rich.studies[0].series[0], { bodyPartExamined: 'CHEST', frameOfReferenceUID: '1.2.9', imageOrientationPatient: [1, 0, 0, 0, 1, 0] });
    expect(validateManifest(rich)).toEqual({ ok: true, value: rich });
    rich.studies[0].series[0].imageOrientationPatient = [1, 0, 0];
    expect(validateManifest(rich)).toEqual({ ok: false, error: 'studies[0].series[0].imageOrientationPatient must be 6 numbers' });
  });

  it('resolves instance paths relative to the manifest URL', () => {
    expect(manifestInstanceUrls('http://h/demo/manifest.json', good.studies[0].series[0])).toEqual(['http://h/demo/ct/0001.dcm', 'http://h/demo/ct/0002.dcm']);
  });

  it('loadManifest: ok, 404, not JSON, offline — errors are values naming the URL', async () => {
    const f = fakeFetch({ 'http://h/m.json': good, 'http://h/bad.json': '{oops' });
    expect(await loadManifest('http://h/m.json', f)).toEqual({ ok: true, value: good });
    expect(await loadManifest('http://h/none.json', f)).toEqual({ ok: false, error: { file: 'http://h/none.json', reason: 'manifest request failed: HTTP 404 Not Found' } });
    expect(await loadManifest('http://h/bad.json', f)).toEqual({ ok: false, error: { file: 'http://h/bad.json', reason: 'manifest is not valid JSON' } });
    const off = await loadManifest('http://offline/m.json', f);
    expect(!off.ok && off.error.reason).toMatch(/^cannot fetch manifest \(server down or offline\?\): Failed to fetch/);
  });

  it('loadManifestSeries parses what it can and reports the rest', async () => {
    const dcm = writeSlice({ sop: '1.2.3.1', series: '1.2.3', pixels: Int16Array.from([1, 2, 3, 4, 5, 6]) });
    const calls: string[] = [];
    const f = fakeFetch({ 'http://h/demo/ct/0001.dcm': dcm }, calls);
    const r = await loadManifestSeries('http://h/demo/manifest.json', good.studies[0].series[0], f);
    expect(r.instances.map((i) => [i.file, i.sopInstanceUID])).toEqual([['http://h/demo/ct/0001.dcm', '1.2.3.1']]);
    expect(r.errors).toEqual([{ file: 'http://h/demo/ct/0002.dcm', reason: 'HTTP 404 Not Found' }]);
    expect(calls.sort()).toEqual(['http://h/demo/ct/0001.dcm', 'http://h/demo/ct/0002.dcm']);
  });
});
