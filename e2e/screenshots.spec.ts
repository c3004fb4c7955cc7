import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST, FIXTURE_DIR } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { docShot } from './support/docShot';

/** Screenshots of the main screens for docs/ and the README (1400×900); docs/ only under `pnpm run screenshots`. */
async function shot(page: Page, name: string) {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await page.screenshot({ path: docShot(`${name}.png`) });
}

async function demoSeries(page: Page, modality: string) {
  return page.evaluate((m) => {
    const st = window.caliper.studies().find((s) => s.source === 'demo')!;
    return st.series.filter((s) => s.modality === m).sort((a, b) => b.instanceCount - a.instanceCount)[0].seriesInstanceUID;
  }, modality);
}

test('screenshots of the main screens', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')), 'public/demo not generated');
  test.setTimeout(240_000);
  await openApp(page);
  await shot(page, '01-start');
  const ct = await demoSeries(page, 'CT');
  const pt = await demoSeries(page, 'PT');
  await page.evaluate((uid) => window.caliper.open(uid), ct);
  await expect.poll(() => page.evaluate(() => Object.keys(window.caliper.studies()).length)).toBeGreaterThan(0);
  // Cursor over the image shows the HU readout.
  const box = (await page.locator('[data-viewport-id="vp-0"]').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await page.waitForTimeout(300);
  await page.screenshot({ path: docShot('02-ct-stack.png') });
  await page.getByTestId('layout-2x2').click();
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 1 }), pt);
  const mr = await demoSeries(page, 'MR');
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 2 }), mr);
  await shot(page, '03-layout-2x2');
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), ct);
  await shot(page, '04-mpr');
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), pt);
  await shot(page, '05-fusion-mip');
  await page.keyboard.press('?');
  await shot(page, '06-help');
  await page.keyboard.press('Escape');
  await page.getByTestId('layout-1x1').click();
  const bad = readdirSync(join(FIXTURE_DIR, 'bad')).map((f) => join(FIXTURE_DIR, 'bad', f));
  await page.getByTestId('file-input').setInputFiles(bad);
  await expect(page.getByTestId('errors-panel')).toContainText('truncated.dcm');
  await page.getByTestId('hide-identifiers').click();
  await shot(page, '07-errors-and-hidden-identifiers');
  await page.getByRole('button', { name: 'DICOMweb…' }).click();
  await shot(page, '08-dicomweb-dialog');
});
