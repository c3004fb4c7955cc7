import { CT_SERIES_UID, PT_SERIES_UID } from './fixtures/study';
import { CT_PROBES } from './support/ctPoints';
import { FIXTURE_DIR } from './support/globalSetup';
import { expect, expectedGrey, expectedGreyLinear, openApp, sampleAt, test } from './support/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = (sub: string) => readdirSync(join(FIXTURE_DIR, sub)).map((f) => join(FIXTURE_DIR, sub, f));

test('local files through the file chooser: series sorted by geometry, bad files named in the errors panel', async ({ page, pageErrors }) => {
  void pageErrors;
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles([...files('ct'), ...files('pt'), ...files('bad')]);
  const browser = page.getByTestId('study-browser');
  await expect(browser.locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images');
  await expect(browser.locator(`[data-series-uid="${PT_SERIES_UID}"]`)).toContainText('24 images');
  const panel = page.getByTestId('errors-panel');
  await expect(panel).toContainText('notes.txt');
  await expect(panel).toContainText('truncated.dcm');
  await expect(panel).toContainText('mpeg.dcm');
  const errors = await page.evaluate(() => window.caliper.errors());
  expect(errors.map((e) => e.source.split('/').pop()).sort()).toEqual(['mpeg.dcm', 'notes.txt', 'truncated.dcm']);
  for (const e of errors) expect(e.reason.length).toBeGreaterThan(5);

  // The CT file names are shuffled: correct pixels on the middle slice prove the geometric sort.
  await browser.locator(`[data-series-uid="${CT_SERIES_UID}"] .series-open`).click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? null)).toBe(700);
  for (const p of CT_PROBES) {
    const s = await sampleAt(page, 'vp-0', p.lps);
    expect(s.value, p.name).toBe(p.hu);
    expect(Math.abs(s.rgba[0] - expectedGrey(p.hu, 400, 40)), p.name).toBeLessThanOrEqual(3);
  }
  // Cursor readout in HU with the LPS position.
  const lesion = CT_PROBES.find((p) => p.name === 'lesion')!;
  const [x, y] = await page.evaluate((lps) => window.caliper.debug.worldToCanvas('vp-0', lps), lesion.lps);
  const box = (await page.locator('[data-viewport-id="vp-0"]').boundingBox())!;
  await page.mouse.move(box.x + x, box.y + y);
  await expect(page.getByTestId('readout')).toContainText('100 HU');
  await expect(page.getByTestId('readout')).toContainText(`L ${lesion.lps[0].toFixed(1)} P ${lesion.lps[1].toFixed(1)} S ${lesion.lps[2].toFixed(1)}`);

  // PET from files: voxels are SUVbw (Bq/mL × weight / dose), shown inverted 0–5.
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 0 }), PT_SERIES_UID);
  const pet = await sampleAt(page, 'vp-0', [25, 1, 6]);
  expect(pet.unit).toBe('SUVbw');
  expect(pet.value).toBeCloseTo(8, 4);
  expect(pet.rgba[0]).toBeLessThanOrEqual(3); // SUV 8 > 5 → black on the inverted scale
  const bg = await sampleAt(page, 'vp-0', [-20, -20, 6]);
  expect(bg.value).toBeCloseTo(1, 4);
  expect(Math.abs(bg.rgba[0] - expectedGreyLinear(1, 0, 5, true))).toBeLessThanOrEqual(3);
});
