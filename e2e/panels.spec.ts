import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';

// Issue 12, "Panels that fit a reading screen": at 1280×720 and 1920×1080 the lesion table shows long,
// short, volume and the main value without sideways scrolling and the measure panel is in view; a
// site picked from the list survives an SR export / import; the light theme; a bad file's toast in
// the reader's words; measurement keys. Screenshots of the main screens go to test-results/panels.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  grids: Record<'ct' | 'pet', { seriesInstanceUID: string }>;
  lesions: { id: string; shape: { centre_mm: V3 }; recist: { longAxisEndpoints_lps_mm: V3[] }; pet: { SUVmax_SUVbw: number } }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const VP = 'vp-0';
// Another run of the suite clears test-results/: PANELS_SHOT_DIR keeps them elsewhere (e.g. /tmp) to look at.
const SHOTS = process.env.PANELS_SHOT_DIR ?? join(import.meta.dirname, '..', 'test-results', 'panels');
const SIZES = [[1280, 720], [1920, 1080]] as const;

interface Dbg { worldToCanvas(vp: string, p: V3): [number, number]; goTo(vp: string, p: V3): Promise<void> }
const goTo = (page: Page, p: V3) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).goTo(vp, p), { vp: VP, p });
async function toPage(page: Page, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).worldToCanvas(vp, p), { vp: VP, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${VP}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}
async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 10 });
  await page.mouse.up();
}
const lesionCount = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => unknown[])().length);
const shot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
};

/** RECIST on L1 (key D) and an ellipse on L3 (key K), both with the mouse on the demo CT. */
async function measureTwo(page: Page) {
  const [l1, l3] = ['L1', 'L3'].map((id) => truth!.lesions.find((l) => l.id === id)!);
  await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
  await goTo(page, l1.recist.longAxisEndpoints_lps_mm[0]);
  await page.locator('.viewport-grid').hover();
  await page.keyboard.press('d');
  await expect(page.locator('[data-measure-tool="bidirectional"]')).toHaveClass(/on/);
  const [a, b] = l1.recist.longAxisEndpoints_lps_mm;
  await drag(page, await toPage(page, a), await toPage(page, b));
  await expect.poll(() => lesionCount(page)).toBe(1);
  const c = l3.shape.centre_mm;
  await goTo(page, c);
  await page.keyboard.press('k');
  await expect(page.locator('[data-measure-tool="ellipse"]')).toHaveClass(/on/);
  await drag(page, await toPage(page, [c[0] - 8, c[1] - 8, c[2]]), await toPage(page, [c[0] + 8, c[1] + 8, c[2]]));
  await expect.poll(() => lesionCount(page)).toBe(2);
  // Both rows have their numbers (long for the RECIST, main value HU for the ellipse).
  await expect(page.locator('.lesion-table td[data-key="long"]').filter({ hasText: /\d/ })).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('.lesion-table td[data-key="main"]').filter({ hasText: /HU/ })).toHaveCount(1, { timeout: 30_000 });
  await page.keyboard.press('k');
}

/** The lesion table fits (no sideways scroll, the four columns inside it) and the measure panel is in view. */
async function expectPanelsFit(page: Page, label: string) {
  const fit = await page.evaluate(() => {
    const wrap = document.querySelector('.lesion-table-wrap')!;
    const sidebar = document.querySelector('.sidebar')!;
    const w = wrap.getBoundingClientRect();
    const cols = ['long', 'short', 'volume', 'main'].map((k) => {
      const th = document.querySelector(`.lesion-table th[data-column="${k}"]`);
      const r = th?.getBoundingClientRect();
      return r ? { k, inside: r.left >= w.left - 0.5 && r.right <= w.right + 0.5 && r.width > 20 } : { k, inside: false };
    });
    const tools = document.querySelector('[data-measure-tool="bidirectional"]')!.getBoundingClientRect();
    const lesions = document.querySelector('.lesion-table')!.getBoundingClientRect();
    const bar = document.querySelector('.toolbar')!;
    return {
      toolbar: [bar.scrollWidth, bar.clientWidth],
      scroll: [wrap.scrollWidth, wrap.clientWidth], cols, sidebarScroll: sidebar.scrollTop,
      toolsInView: tools.top >= 0 && tools.bottom <= innerHeight, tableTop: lesions.top, h: innerHeight,
    };
  });
  expect(fit.scroll[0], `${label}: lesion table scrolls sideways`).toBeLessThanOrEqual(fit.scroll[1]);
  expect(fit.toolbar[0], `${label}: every toolbar button fits`).toBeLessThanOrEqual(fit.toolbar[1]);
  for (const c of fit.cols) expect(c.inside, `${label}: column ${c.k} visible`).toBe(true);
  expect(fit.sidebarScroll, label).toBe(0);
  expect(fit.toolsInView, `${label}: measure tools in view without scrolling`).toBe(true);
  expect(fit.tableTop, `${label}: lesion table starts in view`).toBeLessThan(fit.h - 40);
}

test.describe('panels that fit a reading screen (issue 12)', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  for (const [w, h] of SIZES) {
    test(`${w}×${h}: lesion table columns without sideways scroll, measure panel in view; dark and light screenshots`, async ({ page, pageErrors }) => {
      void pageErrors;
      await page.setViewportSize({ width: w, height: h });
      await openApp(page);
      await measureTwo(page);
      await expectPanelsFit(page, `${w}×${h}`);
      await shot(page, `reading-dark-${w}x${h}.png`);

      // Light theme from the toolbar: panels light, the images stay on black; kept after a reload.
      await page.getByTestId('theme-toggle').click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      const colours = await page.evaluate(() => ({
        sidebar: getComputedStyle(document.querySelector('.sidebar')!).backgroundColor,
        grid: getComputedStyle(document.querySelector('.viewport-grid')!).backgroundColor,
      }));
      expect(colours).toEqual({ sidebar: 'rgb(255, 255, 255)', grid: 'rgb(0, 0, 0)' });
      await expectPanelsFit(page, `${w}×${h} light`);
      await shot(page, `reading-light-${w}x${h}.png`);

      // An expanded row shows the details without widening the table.
      await page.locator('.lesion-table tr.lesion-row').first().getByRole('button', { name: 'lesion details' }).click();
      await expect(page.locator('.lesion-details-row')).toHaveCount(1);
      await expectPanelsFit(page, `${w}×${h} details`);
      await shot(page, `lesion-details-light-${w}x${h}.png`);

      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    });
  }

  test('site from the list survives an SR export and import; Delete, ] and [ ; the export names the study and says where it went', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    await measureTwo(page);
    const recist = page.locator('.lesion-table tr.lesion-row').filter({ has: page.locator('td[data-key="long"]', { hasText: /\d/ }) });
    await recist.getByRole('button', { name: 'lesion details' }).click();
    const details = page.locator('.lesion-details-row');
    await details.getByLabel('lesion site').selectOption('liver');
    await details.getByLabel('RECIST role').selectOption('target');
    await expect(recist.locator('.lesion-sub')).toHaveText('liver · target');
    await expect(recist.locator('.lesion-sub')).not.toContainText('mm');

    // ] and [ step through the lesions (selection follows).
    await page.locator('.viewport-grid').hover();
    await page.keyboard.press(']');
    const sel1 = await page.locator('.lesion-table tr.lesion-row.on').getAttribute('data-lesion-id');
    await page.keyboard.press(']');
    const sel2 = await page.locator('.lesion-table tr.lesion-row.on').getAttribute('data-lesion-id');
    expect(sel1).not.toBeNull();
    expect(sel2).not.toBe(sel1);
    await page.keyboard.press('[');
    await expect(page.locator('.lesion-table tr.lesion-row.on')).toHaveAttribute('data-lesion-id', sel1!);

    // Export SR: named after the study (date, modality, no identifier), a toast says where it went.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SR' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^caliper_\d{4}-\d{2}-\d{2}_[A-Z-]*CT[A-Z-]*_sr\.dcm$/);
    await expect(page.getByTestId('toast').filter({ hasText: `Saved ${download.suggestedFilename()}` })).toBeVisible();
    await expect(page.getByTestId('toast').filter({ hasText: 'downloads folder' }).first()).toBeVisible();
    const dir = mkdtempSync(join(tmpdir(), 'caliper-panels-'));
    const sr = join(dir, download.suggestedFilename());
    await download.saveAs(sr);
    await shot(page, 'export-toast-1280x720.png');

    // Delete both lesions with the Delete key, then import the SR: the site comes back from its code.
    for (let n = 2; n > 0; n--) {
      await page.locator('.lesion-table tr.lesion-row').first().click();
      await page.locator('.viewport-grid').hover();
      await page.keyboard.press('Delete');
      await expect.poll(() => lesionCount(page)).toBe(n - 1);
    }
    await expect(page.locator('.lesion-table tr.lesion-row')).toHaveCount(0);
    await page.getByLabel('Import SR/SEG files').setInputFiles(sr);
    await expect(page.locator('.lesion-table tr.lesion-row')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.locator('.lesion-table .lesion-sub[data-site="liver"]')).toHaveCount(1);
    await expect(page.locator('.lesion-table .lesion-sub[data-site="liver"]')).toHaveText('liver · target');

    // The column chooser: SUVpeak added, short axis taken away; kept after a reload.
    await page.locator('.column-chooser summary').click();
    await page.locator('.column-chooser input[data-column="short"]').uncheck();
    await page.locator('.column-chooser input[data-column="suvpeak"]').check();
    await expect(page.locator('.lesion-table th[data-column="short"]')).toHaveCount(0);
    await expect(page.locator('.lesion-table th[data-column="suvpeak"]')).toHaveCount(1);
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await expect(page.locator('.lesion-table th[data-column="suvpeak"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('.lesion-table th[data-column="short"]')).toHaveCount(0);
  });

  test('PET: J draws a threshold sphere; its main value in the table is SUVmax (0.01) tagged SUV, full precision in the row data', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.pet.seriesInstanceUID);
    const c = L.shape.centre_mm;
    await goTo(page, c);
    await page.locator('.viewport-grid').hover();
    await page.keyboard.press('j');
    await expect(page.locator('[data-measure-tool="sphere"]')).toHaveClass(/on/);
    await expect(page.getByLabel('PET threshold')).toHaveValue('percentOfMax');
    await drag(page, await toPage(page, c), await toPage(page, [c[0] + 26, c[1], c[2]]));
    const main = page.locator('.lesion-table td[data-key="main"]');
    await expect(main).toContainText('SUV', { timeout: 60_000 });
    const v = Number(await main.getAttribute('data-value'));
    expect(v).toBeCloseTo(L.pet.SUVmax_SUVbw, 3);
    await expect(main).toHaveText(`${L.pet.SUVmax_SUVbw.toFixed(2)}SUV`);
    await expectPanelsFit(page, 'PET 1280×720');
    await shot(page, 'pet-threshold-1280x720.png');
  });

  test('a bad file: a toast and the Problems panel in the reader’s words, the technical reason under Details; the help lists the measurement keys', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    const dir = mkdtempSync(join(tmpdir(), 'caliper-bad-'));
    const bad = join(dir, 'scan-notes.txt');
    writeFileSync(bad, 'these are my notes, not an image\n'.repeat(20));
    await page.getByTestId('file-input').setInputFiles(bad);
    const toast = page.getByTestId('toast').filter({ hasText: 'This file is not a DICOM image' });
    await expect(toast).toBeVisible();
    await expect(toast).toContainText('scan-notes.txt');
    // The technical reason only on demand.
    await expect(toast.getByText(/DICM/)).toBeHidden();
    await toast.getByText('Details').click();
    await expect(toast.getByText(/DICM/)).toBeVisible();
    const panel = page.getByTestId('errors-panel');
    await expect(panel).toContainText('This file is not a DICOM image');
    await expect(panel).toContainText('scan-notes.txt');
    await shot(page, 'bad-file-toast-1280x720.png');
    // No raw UID anywhere in the messages.
    expect(await panel.textContent()).not.toMatch(/\b\d+(\.\d+){4,}\b/);

    await page.keyboard.press('?');
    const help = page.getByTestId('help');
    for (const k of ['d', 'l', 'k', 'u', 'y', 'j', 'Delete', ']', '[']) await expect(help.locator(`[data-measure-key="${k}"]`)).toHaveCount(1);
    await expect(help).toContainText('RECIST bidirectional');
    await expect(help).toContainText('Brush');
    await shot(page, 'help-1280x720.png');
  });

  test('the sidebar is resized by dragging its edge; the width is kept after a reload', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page);
    const before = (await page.locator('.sidebar').boundingBox())!.width;
    const handle = (await page.getByTestId('sidebar-resizer').boundingBox())!;
    await drag(page, [handle.x + handle.width / 2, handle.y + 200], [handle.x + handle.width / 2 + 120, handle.y + 200]);
    await expect.poll(async () => Math.round((await page.locator('.sidebar').boundingBox())!.width - before)).toBe(120);
    await openApp(page);
    expect(Math.round((await page.locator('.sidebar').boundingBox())!.width)).toBe(Math.round(before + 120));
    // The Studies section folds away and stays folded.
    await page.getByRole('button', { name: /Studies/ }).click();
    await expect(page.locator('[data-fold="studies"]')).toHaveAttribute('data-folded', 'true');
    await openApp(page);
    await expect(page.locator('[data-fold="studies"]')).toHaveAttribute('data-folded', 'true');
  });
});
