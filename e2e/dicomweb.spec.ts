import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
});
