import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFrame, parseInstance } from '../packages/dicom/src/index';
import { orthancAvailable, startOrthanc, type OrthancHandle } from './fixtures/orthanc';
import { CT_SERIES_UID, PT_SERIES_UID } from './fixtures/study';
import { CT_PROBES } from './support/ctPoints';
import { FIXTURE_DIR } from './support/globalSetup';
import { expect, expectedGrey, openApp, sampleAt, test } from './support/test';
import type { Page } from '@playwright/test';

const files = (sub: string) => readdirSync(join(FIXTURE_DIR, sub)).map((f) => join(FIXTURE_DIR, sub, f));
const TOKEN = 'e2e-secret-token';

test.describe('DICOMweb from a real Orthanc', () => {
  test.skip(!orthancAvailable(), 'Orthanc + DICOMweb plugin not installed (apt-get install orthanc orthanc-dicomweb)');
  let orthanc: OrthancHandle;

  test.beforeAll(async () => {
    orthanc = await startOrthanc({ token: TOKEN });
    await orthanc.stow([...files('ct'), ...files('pt')]);
  });
  test.afterAll(async () => {
    await orthanc?.stop();
  });
  test.beforeEach(() => orthanc.setFault(null));

  async function search(page: Page, token: string) {
    await page.getByRole('button', { name: 'DICOMweb…' }).click();
    await page.getByTestId('dicomweb-url').fill(orthanc.dicomWebUrl);
    await page.getByTestId('dicomweb-token').fill(token);
    await page.getByTestId('dicomweb-search').click();
  }

  test('QIDO-RS lists the study, WADO-RS opens it and real pixels are drawn', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    await search(page, TOKEN);
    const study = page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ });
    await expect(study).toBeVisible();
    await study.click();
    const browser = page.getByTestId('study-browser');
    await expect(browser.locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images', { timeout: 60_000 });
    await expect(browser.locator(`[data-series-uid="${PT_SERIES_UID}"]`)).toContainText('24 images');
    await page.evaluate((uid) => window.caliper.open(uid), CT_SERIES_UID);
    for (const p of CT_PROBES) {
      const s = await sampleAt(page, 'vp-0', p.lps);
      expect(s.value, p.name).toBe(p.hu);
      expect(Math.abs(s.rgba[0] - expectedGrey(p.hu, 400, 40)), p.name).toBeLessThanOrEqual(3);
    }
    // Settings stay in this browser.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('caliper.dicomweb') ?? '{}').url)).toBe(orthanc.dicomWebUrl);
  });

  test('a wrong token (401), a server error (500) and a server that is down are named in the errors panel', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    await search(page, 'wrong-token');
    await expect(page.getByTestId('errors-panel')).toContainText('401');
    orthanc.setFault(500);
    await page.getByTestId('dicomweb-token').fill(TOKEN);
    await page.getByTestId('dicomweb-search').click();
    await expect(page.getByTestId('errors-panel')).toContainText('500');
    orthanc.setFault(0);
    await page.getByTestId('dicomweb-search').click();
    await expect.poll(() => page.evaluate(() => window.caliper.errors().length)).toBeGreaterThanOrEqual(3);
    const errors = await page.evaluate(() => window.caliper.errors());
    for (const e of errors) expect(e.source).toContain('127.0.0.1');
    await expect(page.getByTestId('dicomweb-studies')).toContainText('No studies');
  });

  test('a series arrives in bulk (one streamed WADO-RS retrieve, not one request per slice) with the voxels of its files', async ({ page, pageErrors }) => {
    void pageErrors;
    const asked: { url: string; accept: string }[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(orthanc.dicomWebUrl) && r.method() === 'GET') asked.push({ url: r.url(), accept: r.headers().accept ?? '' });
    });
    await openApp(page, './?loader=caliper');
    await search(page, TOKEN);
    await page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ }).click();
    await expect(page.getByTestId('study-browser').locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images', { timeout: 60_000 });
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), CT_SERIES_UID);
    const sum = await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), CT_SERIES_UID);
    // Node: the 24 fixture files decoded by packages/dicom, rescaled to HU (Float32, as the volume holds them).
    let expected = 0;
    for (const f of files('ct')) {
      const inst = parseInstance(new Uint8Array(readFileSync(f)), f);
      if (!inst.ok) throw new Error(inst.error.reason);
      const d = await decodeFrame(inst.value, 0);
      if (!d.ok) throw new Error(d.error.reason);
      for (const v of d.value.data) expected += Math.fround(v * inst.value.rescaleSlope + inst.value.rescaleIntercept);
    }
    expect(sum).toBe(expected);
    // CT: its metadata, the two slices shown first, then the whole series in one multipart stream,
    // each in its stored transfer syntax: 4 requests for 24 slices.
    const ct = asked.filter((a) => a.url.includes(`/series/${CT_SERIES_UID}`));
    const path = (a: { url: string }) => new URL(a.url).pathname.split(`/series/${CT_SERIES_UID}`)[1];
    expect(ct.filter((a) => path(a) === '/metadata').length).toBe(1);
    expect(ct.filter((a) => path(a) === '').length).toBe(1);
    expect(ct.filter((a) => path(a).startsWith('/instances/')).length).toBe(2);
    expect(ct.length).toBe(4);
    for (const a of ct.filter((x) => path(x) !== '/metadata')) expect(a.accept).toBe('multipart/related; type="application/dicom"; transfer-syntax=*');
  });

  test('a series the server fails is named with its status; the other series loads', async ({ page, pageErrors }) => {
    void pageErrors;
    // Only the PET's pixel retrieves fail (its metadata is served): as a PACS losing one series' files.
    await page.route(
      (u) => u.href.includes(`/series/${PT_SERIES_UID}`) && !u.href.endsWith('/metadata'),
      (r) => r.fulfill({ status: 500, body: 'disk error', headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' } }),
    );
    await openApp(page, './?loader=caliper');
    await search(page, TOKEN);
    await page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ }).click();
    await expect(page.getByTestId('errors-panel')).toContainText('HTTP 500', { timeout: 60_000 });
    const errors = await page.evaluate(() => window.caliper.errors());
    const pt = errors.find((e) => e.source.includes(PT_SERIES_UID));
    expect(pt?.reason).toMatch(/^PT .*WADO-RS series retrieve failed: HTTP 500 .*\(0 of 24 instances arrived\)$/);
    expect(errors.filter((e) => e.source.includes(CT_SERIES_UID))).toEqual([]);
    await expect(page.getByTestId('study-browser').locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images');
    await page.evaluate((uid) => window.caliper.open(uid), CT_SERIES_UID);
    const p = CT_PROBES[0];
    expect((await sampleAt(page, 'vp-0', p.lps)).value).toBe(p.hu);
  });
});
