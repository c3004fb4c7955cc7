import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ctFile } from './fixtures/study';
import { tag } from './fixtures/writeDicom';
import { DIST } from './support/globalSetup';
import { expect, openApp, test, wipeReadings } from './support/test';
import { docShot } from './support/docShot';

// Tumour-board presentation mode (issue 13) on the demo's three-timepoint patient: the course is
// read through the API (click-to-grow on the baseline targets, proposals accepted on each
// follow-up, the new lesion grown on follow-up 2), then presented: the categories shown are the
// criteria's, no identifier is anywhere in the page, type is ≥ 18 px, keys move through lesions
// and timepoints, and the layout is captured at the two common share sizes in both themes.
type V3 = [number, number, number];
const TRUTH_DIR = join(DIST, 'demo', 'truth');
const hasDemo = existsSync(join(TRUTH_DIR, 'course.json'));
interface StudyTruth { grids: { ct: { seriesInstanceUID: string } }; lesions: { id: string; shape: { centre_mm: V3 } }[] }
const study = (tp: string) => JSON.parse(readFileSync(join(TRUTH_DIR, `${tp}.json`), 'utf8')) as StudyTruth;
const IDENTIFIERS = ['CALIPER^Phantom', 'Phantom', 'CALIPER-PH-001'];
const LABEL = 'Case 3, liver';

interface Result { timepoints: { response: string; changeFromBaselinePct: number | null }[]; bestOverallResponse: { response: string } }
const assess = (page: Page) => page.evaluate(() => (window.caliper.response as { assess(c: string): Result | { error: string } }).assess('recist1.1'));
const ids = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => { id: string }[])().map((l) => l.id));

async function grow(page: Page, c: V3): Promise<string> {
  const before = new Set(await ids(page));
  await page.evaluate((c) => (window.caliper.grow as (p: V3) => Promise<unknown>)(c), c);
  await expect.poll(async () => (await ids(page)).filter((i) => !before.has(i)).length).toBe(1);
  return (await ids(page)).find((i) => !before.has(i))!;
}
const track = (page: Page, id: string, t: Record<string, unknown>) =>
  page.evaluate(({ id, t }) => (window.caliper.response as { setTracking(id: string, p: unknown): void }).setTracking(id, t), { id, t });

/** Every identifier string absent from the DOM (text and attributes, hidden parts included) and the title. */
async function expectNoIdentifiers(page: Page) {
  const { html, title } = await page.evaluate(() => ({ html: document.documentElement.outerHTML, title: document.title }));
  for (const s of IDENTIFIERS) {
    const at = html.indexOf(s);
    expect(at, `"${s}" in the page: …${html.slice(Math.max(0, at - 300), at + 60)}…`).toBe(-1);
    expect(title.includes(s), `"${s}" in the title`).toBe(false);
  }
}

/** Smallest computed font size of any visible element that holds text, with an example. */
const smallestText = (page: Page) => page.evaluate(() => {
  let min = { px: Infinity, text: '' };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim()) continue;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || el.closest('[aria-hidden="true"]') && el.tagName !== 'text') continue;
    if (r.right < 0 || r.bottom < 0 || r.left > innerWidth || r.top > innerHeight) continue;
    const px = parseFloat(cs.fontSize);
    if (px < min.px) min = { px, text: `${el.tagName}.${el.getAttribute('class') ?? ''}: ${n.textContent.trim().slice(0, 40)}` };
  }
  return min;
});

test.describe('tumour-board presentation of the demo patient', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');
  test.setTimeout(600_000);

  test('categories as assessed, no identifiers, ≥ 18 px type, keyboard navigation, both themes at 1280×720 and 1920×1080', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    await wipeReadings(page);
    await openApp(page);
    const base = study('baseline');
    await page.evaluate((uid) => window.caliper.open(uid), base.grids.ct.seriesInstanceUID);
    for (const [id, t] of [['L1', { organ: 'liver' }], ['L2', { organ: 'lung' }], ['N1', { organ: 'lymph node', nodal: true }]] as const) {
      const lesionId = await grow(page, base.lesions.find((l) => l.id === id)!.shape.centre_mm);
      await track(page, lesionId, { label: id, role: 'target', ...t });
    }
    for (const tp of ['followup1', 'followup2']) {
      const fu = study(tp);
      await page.evaluate((uid) => window.caliper.open(uid), fu.grids.ct.seriesInstanceUID);
      await page.evaluate(() => (window.caliper.response as { propose(): Promise<unknown> }).propose());
      await page.evaluate(() => (window.caliper.response as { acceptAll(): Promise<unknown> }).acceptAll());
      if (tp === 'followup2') {
        const l4 = await grow(page, fu.lesions.find((l) => l.id === 'L4')!.shape.centre_mm);
        await track(page, l4, { label: 'L4', organ: 'liver' });
      }
    }
    await expect.poll(async () => {
      const r = await assess(page);
      return 'error' in r ? r.error : r.timepoints.map((t) => t.response);
    }, { timeout: 120_000 }).toEqual(['PR', 'PD']);
    const result = (await assess(page)) as Result;

    // Positive control: outside presentation mode the overlay shows the patient's name, so the
    // absence checks below search a page that would contain it if anything leaked.
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML.includes('Phantom'))).toBe(true);

    // Enter with the key; the case label replaces every identifier, the title included.
    const t0 = Date.now();
    await page.keyboard.press('v');
    await expect(page.getByTestId('board-summary')).toBeVisible();
    await expect(page.locator('[data-plot="spider"] svg')).toBeVisible();
    console.log(`presentation mode with its plots on screen after ${Date.now() - t0} ms (first entry, lazy chunk included)`);
    await page.evaluate((l) => (window.caliper.board as { label(l: string): string }).label(l), LABEL);
    await expect(page).toHaveTitle(new RegExp(`^${LABEL}`));
    await expect(page.getByTestId('board-category')).toHaveText(['Baseline', ...result.timepoints.map((t) => t.response)]);
    await expect(page.getByTestId('board-bor')).toHaveText(result.bestOverallResponse.response);
    await expect(page.getByTestId('board-reason').nth(1)).toContainText('new lesion L4');
    // Plot values: the summary the plots are drawn from equals the criteria's numbers, and the SVGs are in the DOM.
    const summary = await page.evaluate(() => (window.caliper.board as { summary(): { spider: { series: string; pct: number }[]; waterfall: { id: string; bestPct: number }[] } }).summary());
    expect(summary.spider.filter((p) => p.series === 'Sum').map((p) => p.pct)).toEqual([0, ...result.timepoints.map((t) => t.changeFromBaselinePct)]);
    for (const plot of ['spider', 'sum', 'waterfall', 'biomarkers']) await expect(page.locator(`[data-plot="${plot}"] svg`)).toBeVisible();
    const worst = summary.waterfall[summary.waterfall.length - 1];
    await expect(page.locator('[data-plot="waterfall"] svg')).toContainText(`${worst.bestPct.toFixed(1)} %`);
    await expectNoIdentifiers(page);

    // Lines of therapy entered by the presenter become bands on the spider and sum plots.
    await page.evaluate(() => (window.caliper.board as { therapies(l: unknown[]): unknown }).therapies([
      { name: 'Carboplatin + pemetrexed', start: '2026-01-19', stop: '2026-04-06' }, { name: 'Pembrolizumab', start: '2026-04-13' },
    ]));
    await expect(page.locator('[data-plot="spider"] svg')).toContainText('Carboplatin + pemetrexed');
    await expect(page.locator('[data-plot="sum"] svg')).toContainText('Pembrolizumab');
    await expect(page.locator('.board-therapies summary')).toHaveText('Therapy lines (2)');

    // The table's CSV is named after the case label, and carries no identifier.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('case-3-liver-lesions.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^lesion,role,organ,date,status,longMm \(mm\)/);
    for (const id of IDENTIFIERS) expect(csv).not.toContain(id);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON', exact: true }).click()]);
    expect(json.suggestedFilename()).toBe('case-3-liver-summary.json');
    const doc = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { label: string; table: unknown[]; bestOverallResponse: { response: string } };
    expect([doc.label, doc.bestOverallResponse.response, doc.table.length > 0]).toEqual([LABEL, result.bestOverallResponse.response, true]);
    for (const id of IDENTIFIERS) expect(JSON.stringify(doc)).not.toContain(id);

    // Keyboard: next lesion (→) jumps to the first tracked lesion; ] / [ move between timepoints.
    const current = () => page.evaluate(() => (window.caliper.board as { current(): { lesion: string | null; date: string | null } }).current());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await current()).lesion).toBe('L1');
    const first = (await current()).date;
    await page.keyboard.press('[');
    await expect.poll(async () => (await current()).date).not.toBe(first);
    await page.keyboard.press(']');
    await expect.poll(async () => (await current()).date).toBe(first);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await current()).lesion).toBe('L2');
    await expect(page.locator('.board-timeline li.current')).toHaveCount(1);
    await expectNoIdentifiers(page);

    // Key images (K): baseline, nadir and current of each target lesion, annotated snapshots.
    const targets = ['L1', 'L2', 'N1'];
    const dates = summary.spider.filter((p) => p.series === 'Sum').map((p) => (p as unknown as { date: string }).date);
    await page.keyboard.press('k');
    await expect(page.getByTestId('board-key-image')).toHaveCount(targets.length * 3, { timeout: 120_000 });
    type Key = { lesion: string | null; role: string; date: string | null; caption: string; ref: { sopInstanceUID: string; studyInstanceUID: string } | null };
    const keys = await page.evaluate(() => (window.caliper.board as { keyImages(): Key[] }).keyImages());
    for (const id of targets) {
      // Nadir = the smallest sum before the current (last) timepoint: follow-up 1 here.
      expect(keys.filter((k) => k.lesion === id).map((k) => [k.role, k.date])).toEqual([['baseline', dates[0]], ['nadir', dates[1]], ['current', dates[2]]]);
    }
    expect(keys.every((k) => k.ref !== null && !IDENTIFIERS.some((i) => k.caption.includes(i)))).toBe(true);
    // One Key Object Selection per study, referencing that study's key images.
    const kos = await page.evaluate(() => (window.caliper.board as { keyImageKos(): { studyInstanceUID: string; images: number }[] }).keyImageKos());
    expect(kos.map((k) => k.studyInstanceUID).sort()).toEqual([...new Set(keys.map((k) => k.ref!.studyInstanceUID))].sort());
    expect(kos.reduce((n, k) => n + k.images, 0)).toBe(new Set(keys.map((k) => k.ref!.sopInstanceUID)).size);
    // The snapshots are pixels: check one is not blank (the lesion and its measurement are drawn).
    const lit = await page.getByTestId('board-key-image').first().locator('img').evaluate(async (img: HTMLImageElement) => {
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] > 60) n++;
      return n / (d.length / 4);
    });
    expect(lit).toBeGreaterThan(0.05);
    // Add the view on screen (A), then baseline | nadir | current side by side (B) and back.
    await page.keyboard.press('a');
    await expect(page.getByTestId('board-key-image')).toHaveCount(targets.length * 3 + 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('b');
    await expect(page.getByTestId('board-trio').locator('figure')).toHaveCount(3);
    await page.screenshot({ path: docShot('board-trio-1280x720.png') });
    await page.keyboard.press('b');
    await expect(page.getByTestId('board-trio')).toHaveCount(0);
    await page.keyboard.press('z');
    await expectNoIdentifiers(page);

    // PDF summary (P / button): named after the case label, real text, key images, no identifiers
    // unless the presenter ticks "include identifiers".
    const pdfText = async () => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
      expect(dl.suggestedFilename()).toBe('case-3-liver-summary.pdf');
      const file = (await dl.path())!;
      const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
      return { text: spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout, info };
    };
    const plain = await pdfText();
    expect(plain.info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    expect(plain.text).toContain('Case 3, liver: tumour-board summary');
    expect(plain.text).toContain('Case 3, liver: key images');
    expect(plain.text).toContain(`Best overall response: ${result.bestOverallResponse.response}`);
    for (const k of keys) expect(plain.text).toContain(`${k.lesion} · ${k.role} · ${k.date}`);
    for (const id of IDENTIFIERS) expect(plain.text).not.toContain(id);
    await expect(page.getByTestId('board-export-status')).toContainText('PDF summary saved');
    await page.getByLabel('include identifiers').check();
    await page.getByLabel('Paper').selectOption('letter');
    const named = await pdfText();
    expect(named.info).toMatch(/Page size:\s+792 x 612/);
    expect(named.text).toContain('Phantom');
    await page.getByLabel('include identifiers').uncheck();
    const timing = await page.evaluate(() => (window.caliper.board as { pdfTiming(): Promise<{ ms: number; bytes: number }> }).pdfTiming());
    console.log(`PDF summary with ${keys.length + 1} key images built in ${timing.ms} ms (${timing.bytes} bytes)`);
    // PNG of the current slide.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    expect(png.suggestedFilename()).toBe('case-3-liver-slide.png');
    expect(readFileSync((await png.path())!).subarray(1, 4).toString('latin1')).toBe('PNG');
    await expectNoIdentifiers(page);

    for (const theme of ['dark', 'light'] as const) {
      await page.evaluate((t) => (window.caliper.board as { theme(t: string): string }).theme(t), theme);
      for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(600);
        if (w === 1280) {
          const min = await smallestText(page);
          expect(min.px, `smallest text ${min.text}`).toBeGreaterThanOrEqual(18);
        }
        await page.mouse.move(w * 0.3, h * 0.45);
        await page.evaluate(() => (window.caliper.board as { laser(on: boolean): boolean }).laser(true));
        await page.mouse.move(w * 0.3 + 4, h * 0.45 + 2);
        await expect(page.getByTestId('board-laser')).toBeVisible();
        await page.screenshot({ path: docShot(`board-${theme}-${w}x${h}.png`) });
        await page.evaluate(() => (window.caliper.board as { laser(on: boolean): boolean }).laser(false));
        if (w === 1920) {
          // The rest of the summary (waterfall, biomarker trends), scrolled into view.
          await page.getByTestId('board-summary').evaluate((el) => el.scrollTo(0, el.scrollHeight));
          await page.waitForTimeout(200);
          await page.screenshot({ path: docShot(`board-${theme}-${w}x${h}-plots.png`) });
          await page.getByTestId('board-summary').evaluate((el) => el.scrollTo(0, 0));
        }
      }
    }
    await expectNoIdentifiers(page);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('board-summary')).toHaveCount(0);
  });
});

test('presentation warns when an image on screen has burnt-in annotation', async ({ page, pageErrors }) => {
  void pageErrors;
  // A CT marked BurnedInAnnotation = YES (0028,0301), opened from local files.
  const dir = mkdtempSync(join(tmpdir(), 'caliper-burnt-'));
  const uid = '1.2.826.0.1.3680043.10.999.77';
  const files = [0, 1, 2, 3].map((k) => {
    const f = join(dir, `burnt${k}.dcm`);
    writeFileSync(f, ctFile(k, { seriesUID: uid, extra: [{ tag: tag(0x0028, 0x0301), vr: 'CS', value: 'YES' }] }));
    return f;
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('study-browser').locator(`[data-series-uid="${uid}"]`)).toContainText('4 images');
  await page.evaluate((u) => window.caliper.open(u), uid);
  await page.keyboard.press('v');
  await expect(page.getByTestId('board-summary')).toBeVisible();
  await expect(page.getByTestId('board-burnt-in')).toContainText('burnt-in annotation');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('board-burnt-in')).toHaveCount(0);
});
