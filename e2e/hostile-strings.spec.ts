import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOSTILE, HOSTILE_FLAG, HOSTILE_VALUES, LONG_LENGTH } from '../packages/phantoms/src/hostile/hostileStrings';
import { HOSTILE_UIDS, writeHostileStudy } from '../packages/phantoms/src/hostile/writeHostileStudy';
import { docShot } from './support/docShot';
import { expect, openApp, test } from './support/test';

/**
 * Untrusted DICOM strings (issue 16): a CT + SR + SEG whose patient, study, series, institution,
 * lesion names, SR text and segment label hold markup, CSS, bidi controls and 10 000-character
 * values, opened from local files. Nothing runs, nothing is parsed as HTML, every shown string is
 * cleaned and cut, downloads get safe names.
 */
const DIR = resolve(import.meta.dirname, '../test-results/hostile-strings');
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const SAFE_NAME = /^[A-Za-z0-9._-]{1,120}$/;
let ct: string[] = [];
let reading: string[] = [];

test.beforeAll(() => {
  const study = writeHostileStudy();
  mkdirSync(DIR, { recursive: true });
  const put = (name: string, bytes: Uint8Array) => {
    const p = join(DIR, name);
    writeFileSync(p, bytes);
    return p;
  };
  ct = study.ct.map((f) => put(f.name, f.bytes));
  reading = [put(study.sr.name, study.sr.bytes), put(study.seg.name, study.seg.bytes)];
});

test('hostile names, descriptions, SR text and segment labels render inert and truncated; downloads get safe names', async ({ page, pageErrors }) => {
  void pageErrors;
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(ct);
  const row = page.getByTestId('study-browser').locator(`[data-series-uid="${HOSTILE_UIDS.series}"]`);
  await expect(row).toContainText('6 images');
  await row.locator('.series-open').click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? null)).toBe(100);
  await page.getByLabel('Import SR/SEG files').setInputFiles(reading);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('.lesion-table tbody input[aria-label="lesion name"]').length)).toBe(2);

  // Nothing ran and no element came from a payload.
  const dom = await page.evaluate((flag) => ({
    ran: (window as unknown as Record<string, unknown>)[flag] ?? null,
    imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes(flag)).length,
    styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('display:none')).length,
  }), HOSTILE_FLAG);
  expect(dom).toEqual({ ran: null, imgX: 0, handlers: 0, scripts: 0, styles: 0 });

  // Every string the page shows, as text and in tooltips: no bidi control, no run of the long value.
  const shown = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const where = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}${e.parentElement ? ` < ${e.parentElement.tagName.toLowerCase()}.${[...e.parentElement.classList].join('.')}` : ''}` : '');
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(`${where(n.parentElement)}: ${n.nodeValue ?? ''}`);
    const titles = [...document.querySelectorAll('[title]')].map((e) => `${where(e)} title: ${e.getAttribute('title') ?? ''}`);
    const untrusted = [...document.querySelectorAll('[data-untrusted]')].map((e) => ({ text: e.textContent ?? '', title: e.getAttribute('title') }));
    return { texts, titles, untrusted, body: document.body.innerText };
  });
  for (const t of [...shown.texts, ...shown.titles]) expect(BIDI.test(t), JSON.stringify(t.slice(0, 160))).toBe(false);
  expect(Math.max(...shown.titles.map((t) => t.length))).toBeLessThanOrEqual(1024 + 300);
  expect(shown.body.includes('X'.repeat(100))).toBe(false);
  for (const u of shown.untrusted) expect(Array.from(u.text).length).toBeLessThanOrEqual(1000);

  // The hostile values are there, as text, cleaned and cut. (PN: "=" separates the component
  // groups, so the name shown is the alphabetic group, "Evil<img src".)
  const block = page.getByTestId('patient-block');
  await expect(block).toContainText('Evil<img src');
  await expect(block).toContainText(`Study <script>window.${HOSTILE_FLAG}='script'</script> </st…`);
  const desc = page.locator('[data-testid="overlay-vp-0"] .series-description');
  const descText = (await desc.textContent()) ?? '';
  expect(Array.from(descText)).toHaveLength(64);
  expect(descText.startsWith(`Series <img src=x onerror="window.${HOSTILE_FLAG}='img'">`)).toBe(true);
  expect(descText.endsWith('…')).toBe(true);
  const descTitle = (await desc.getAttribute('title')) ?? '';
  expect(Array.from(descTitle)).toHaveLength(1024);
  expect(descTitle.startsWith(`Series <img src=x onerror="window.${HOSTILE_FLAG}='img'">`)).toBe(true);
  expect(descTitle.endsWith('XXXX…')).toBe(true);
  await expect(row.locator('.series-title')).toContainText('Series <img src=x onerror=');
  await expect(page.getByTestId('study-browser')).toContainText('Evil<img src');
  // SR lesion names reach the page only cleaned and cut (the long one: 64 code points at most).
  const lesionTexts = shown.untrusted.map((u) => u.text).filter((t) => t.startsWith('Lesion'));
  for (const t of lesionTexts) expect(BIDI.test(t) || Array.from(t).length > 64).toBe(false);

  // Errors and messages name the files inertly too (the reading import names its files in a toast/panel if anything was skipped).
  const strings = HOSTILE_VALUES.length;
  expect(strings).toBe(9);
  expect(HOSTILE.seriesDescription).toHaveLength(LONG_LENGTH);

  await page.screenshot({ path: docShot('hostile-strings.png') });

  // Downloads: lesion CSV and JSON, SR. Safe names; the CSV cannot start a formula.
  const names: string[] = [];
  for (const label of ['Export CSV', 'Export JSON', 'Export SR']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
    const name = download.suggestedFilename();
    names.push(name);
    expect(name).toMatch(SAFE_NAME);
    if (label === 'Export CSV') {
      const csv = readFileSync(await download.path(), 'utf8');
      for (const line of csv.split('\r\n').slice(1).filter(Boolean)) expect(line).not.toMatch(/^[=+\-@]/);
    }
  }
  expect(names.length).toBe(3);
});
