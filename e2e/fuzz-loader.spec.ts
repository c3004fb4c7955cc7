import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostileBatch } from '../packages/dicom/src/testing/fuzz/writeHostileBatch';
import { CT_SERIES_UID, PT_SERIES_UID } from './fixtures/study';
import { FIXTURE_DIR } from './support/globalSetup';
import { expect, openApp, test } from './support/test';

// Issue 16, hostile input through the viewer's local-file path: ~30 mutated files (every fuzz
// kind, fixed seed; truncations, bogus lengths, unknown transfer syntaxes, 1000-deep sequences,
// cut frames, huge dimensions, zip bombs and zip-slip names) picked together with the valid
// CT and PET series of the e2e study.
const valid = (sub: string) => readdirSync(join(FIXTURE_DIR, sub)).map((f) => join(FIXTURE_DIR, sub, f));

test('hostile files in a batch: each refused file named with its reason, the valid series load and display', async ({ page, pageErrors }) => {
  void pageErrors;
  const dir = mkdtempSync(join(tmpdir(), 'caliper-e2e-hostile-'));
  const { files } = await writeHostileBatch(dir, { seed: 16, perKind: 4 });
  const hostile = files.filter((f) => f.refused.length > 0).slice(0, 30);
  expect(hostile.length).toBeGreaterThanOrEqual(25);
  expect(new Set(hostile.map((f) => f.kind)).size).toBeGreaterThanOrEqual(9);

  await openApp(page);
  await page.getByTestId('file-input').setInputFiles([...valid('ct'), ...hostile.map((f) => join(dir, f.file)), ...valid('pt')]);
  const browser = page.getByTestId('study-browser');
  await expect(browser.locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images');
  await expect(browser.locator(`[data-series-uid="${PT_SERIES_UID}"]`)).toContainText('24 images');

  // Every name the parser refuses (a file, or zip/entry) is in the list with a reason, and shown.
  const errors = await page.evaluate(() => window.caliper.errors());
  const bySource = new Map(errors.map((e) => [e.source, e.reason]));
  const panel = page.getByTestId('errors-panel');
  for (const f of hostile) {
    for (const name of f.refused) {
      expect(bySource.get(name), `${name} (${f.kind}: ${f.detail})`).toMatch(/\w{3,}.{5,}/);
      // The panel names a file by its last path part, an archive entry with its archive.
      const zip = /([^/]+\.zip)\/(?:.*\/)?([^/]+)$/.exec(name);
      await expect(panel, name).toContainText(zip ? `${zip[1]} › ${zip[2]}` : name.split('/').pop()!);
    }
  }
  // The valid files are none of them.
  expect(errors.filter((e) => /(^|\/)(ct|pt)\//.test(e.source) || e.source.includes('__e2e__'))).toEqual([]);

  // The valid CT displays its own pixels (max 700 HU, as in files.spec.ts).
  await browser.locator(`[data-series-uid="${CT_SERIES_UID}"] .series-open`).click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? null)).toBe(700);
});
