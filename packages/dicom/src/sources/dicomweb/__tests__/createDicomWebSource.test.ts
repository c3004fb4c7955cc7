import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XHR from 'xhr2';
import { writeSlice } from '../../../__fixtures__/writeDicom';
import { groupSeries } from '../../../series/groupSeries';
import { buildVolume } from '../../../volume/buildVolume';
import { createDicomWebSource } from '../createDicomWebSource';
import type { Orthanc } from './orthanc';
import { freePort, orthancAvailable, startOrthanc, upload } from './orthanc';

if (!orthancAvailable) console.warn('[dicomweb] Orthanc + DICOMweb plugin not installed (apt-get install orthanc orthanc-dicomweb): real-server tests skipped');

describe.skipIf(!orthancAvailable)('createDicomWebSource against a real Orthanc', () => {
  let orthanc: Orthanc;
  const previousXhr = (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
  const STUDY = '1.2.3.4';
  const SERIES = '1.2.3.4.5';

  beforeAll(async () => {
    // dicomweb-client speaks XMLHttpRequest: emulate it in Node.
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = XHR;
    orthanc = await startOrthanc();
    for (const k of [2, 0, 1]) {
      const pixels = Int16Array.from([0, 1, 2, 3, 4, 5].map((v) => 100 * k + v));
      await upload(orthanc, writeSlice({ sop: `1.2.3.4.5.${k}`, ipp: [0, 0, 2.5 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [1, 1], pixels, slope: 1, intercept: -1024 }));
    }
  });
  afterAll(() => {
    orthanc?.stop();
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = previousXhr;
  });

  it('QIDO-RS finds the study, series and instances; WADO-RS retrieves a stackable series', async () => {
    const src = createDicomWebSource({ url: `${orthanc.url}/dicom-web`, headers: { Authorization: orthanc.basicAuth } });
    const studies = await src.searchStudies();
    expect(studies.ok && studies.value.map((s) => s.studyInstanceUID)).toEqual([STUDY]);
    const series = await src.searchSeries(STUDY);
    expect(series.ok && series.value.map((s) => [s.seriesInstanceUID, s.modality])).toEqual([[SERIES, 'CT']]);
    const instances = await src.searchInstances(STUDY, SERIES);
    expect(instances.ok && instances.value.map((i) => i.sopInstanceUID).sort()).toEqual(['1.2.3.4.5.0', '1.2.3.4.5.1', '1.2.3.4.5.2']);
    const loaded = await src.retrieveSeries(STUDY, SERIES);
    expect(loaded.errors).toEqual([]);
    const grouped = groupSeries(loaded.instances);
    const v = await buildVolume(grouped.series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.geometry.dimensions).toEqual([3, 2, 3]);
    expect(v.value.geometry.spacing[2]).toBe(2.5);
    expect(Array.from(v.value.data.subarray(12, 18))).toEqual([200, 201, 202, 203, 204, 205].map((x) => x - 1024));
  });

  it('WADO-RS metadata + frames gives the same instances and pixels as Part 10 retrieval', async () => {
    const src = createDicomWebSource({ url: `${orthanc.url}/dicom-web`, headers: { Authorization: orthanc.basicAuth } });
    const meta = await src.retrieveSeriesMetadata(STUDY, SERIES);
    expect(meta.ok && meta.value.length).toBe(3);
    const viaFrames = await src.retrieveSeriesFrames(STUDY, SERIES);
    expect(viaFrames.errors).toEqual([]);
    const viaPart10 = await src.retrieveSeries(STUDY, SERIES);
    const key = (r: typeof viaFrames) => r.instances.map((i) => i.file).sort();
    expect(key(viaFrames)).toEqual(key(viaPart10));
    expect(key(viaFrames)[0]).toBe(`${orthanc.url}/dicom-web/studies/${STUDY}/series/${SERIES}/instances/1.2.3.4.5.0`);
    const a = await buildVolume(groupSeries(viaFrames.instances).series[0]);
    const b = await buildVolume(groupSeries(viaPart10.instances).series[0]);
    if (!a.ok || !b.ok) throw new Error('volume failed');
    expect(a.value.geometry).toEqual(b.value.geometry);
    expect(Array.from(a.value.data)).toEqual(Array.from(b.value.data));
  });

  it('a wrong or missing token is a 401 error value, not a rejection', async () => {
    const src = createDicomWebSource({ url: `${orthanc.url}/dicom-web`, token: 'not-valid' });
    const r = await src.searchStudies();
    expect(r).toEqual({ ok: false, error: { file: `${orthanc.url}/dicom-web/studies`, reason: expect.stringMatching(/HTTP 401 Unauthorized/) } });
    const s = await src.retrieveSeries(STUDY, SERIES);
    expect(s.instances).toEqual([]);
    expect(s.errors[0].reason).toMatch(/WADO-RS series retrieve failed: HTTP 401/);
  });

  it('a wrong root is a 404; a server that is down is a clear error', async () => {
    const wrong = createDicomWebSource({ url: `${orthanc.url}/not-dicom-web`, headers: { Authorization: orthanc.basicAuth } });
    const r = await wrong.searchSeries(STUDY);
    expect(!r.ok && r.error.reason).toMatch(/HTTP 404 Not Found/);
    const down = createDicomWebSource({ url: `http://127.0.0.1:${await freePort()}/dicom-web`, timeoutMs: 3000 });
    const d = await down.searchStudies();
    expect(!d.ok && d.error.reason).toMatch(/no answer from the DICOMweb server/);
  });

  it('a server that accepts the connection but never answers times out instead of hanging', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as { port: number }).port;
      const src = createDicomWebSource({ url: `http://127.0.0.1:${port}/dicom-web`, timeoutMs: 300 });
      const r = await src.searchStudies();
      expect(!r.ok && r.error.reason).toMatch(/no answer from the DICOMweb server .*timed out/);
    } finally {
      silent.close();
    }
  });
});
