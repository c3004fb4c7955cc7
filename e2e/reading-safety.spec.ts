import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { firstResult, goTo, lesions, openMpr, pixelMm, toPage } from './support/mpr';
import type { V3 } from './support/mpr';

// Issue 12, "a measurement never changes without the reader meaning it", with real pointer events
// on the demo phantom (truth: public/demo/truth/baseline.json): zoom/pan/W/L and sphere drags that
// start on a measurement leave it where it is; only the edit tool moves it (undoable, in its
// history) and never a locked one; a click is no lesion; implausible results ask first; a new
// RECIST's short axis comes from the image.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
interface Truth {
  grids: Record<'ct' | 'pet', { seriesInstanceUID: string }>;
  lesions: { id: string; shape: { centre_mm: V3 }; recist: { longAxis_mm: number; shortAxis_mm: number; longAxisEndpoints_lps_mm: V3[] } }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;

interface Edit { at: string; via: string; fields: string[]; before?: { value: number; unit: string }; after?: { value: number; unit: string } }
interface SafetyDbg {
  annotationPoints(uid: string): number[][] | null;
  state(): {
    measureTool: string | null; lesionIds: string[]; undo: number;
    lesions: { id: string; locked: boolean; history: Edit[] }[];
    grow: { version: number; replyVersion?: number; voxelCount?: number } | null;
    confirm: { title: string; reasons: string[] } | null;
  };
}
const points = (page: Page, uid: string) => page.evaluate((uid) => (window.caliper.measureDebug as SafetyDbg).annotationPoints(uid), uid);
const state = (page: Page) => page.evaluate(() => (window.caliper.measureDebug as SafetyDbg).state());
const lines = async (page: Page, id: string) => firstResult((await lesions(page)).find((l) => l.id === id))?.linesMm ?? null;

type Button = 'left' | 'right' | 'middle';
/** A real drag with one mouse button (and optional modifier held), in 12 steps. */
async function drag(page: Page, from: [number, number], to: [number, number], button: Button = 'left', modifier?: 'Shift') {
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down({ button });
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up({ button });
  if (modifier) await page.keyboard.up(modifier);
}

/** Handle world points equal to 1 µm (a drag that does not move them leaves them bit-identical, but allow float noise). */
function expectSamePoints(actual: number[][] | null, expected: number[][], what: string) {
  expect(actual, what).not.toBeNull();
  expect(actual!.length, what).toBe(expected.length);
  actual!.forEach((p, i) => p.forEach((v, d) => expect(Math.abs(v - expected[i][d]), `${what}: handle ${i} axis ${d}`).toBeLessThan(1e-3)));
}

const offset = (p: number[], d: V3): V3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];

test.describe('reading safety: no silent edits', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('stack CT: navigation drags never move a RECIST; edit tool + undo + history; lock; a click is no lesion; the short axis is the image\'s; background grow asks', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const VP = 'vp-0';
    // L3 (47.4 × 40.0 mm): a fixed 2/3 ratio would give 31.6 mm, the image gives 40.
    const L = truth!.lesions.find((l) => l.id === 'L3')!;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await goTo(page, VP, L.shape.centre_mm);

    await test.step('a new RECIST gets its short axis from the image, not 2/3 of the long axis', async () => {
      await page.locator('[data-measure-tool="bidirectional"]').click();
      const [a, b] = L.recist.longAxisEndpoints_lps_mm;
      await drag(page, await toPage(page, VP, a), await toPage(page, VP, b));
      await expect.poll(async () => (await lesions(page)).length).toBe(1);
      await expect.poll(async () => (await lines(page, (await lesions(page))[0].id))?.length ?? 0, { timeout: 60_000 }).toBe(2);
      const [long, short] = (await lines(page, (await lesions(page))[0].id))!;
      expect(Math.abs(long - L.recist.longAxis_mm)).toBeLessThanOrEqual(1.5);
      // Within two CT pixels of the true short axis (edge-to-edge vs the analytic chord) …
      expect(Math.abs(short - L.recist.shortAxis_mm)).toBeLessThanOrEqual(2 * 0.78125);
      // … and far from what a fixed ratio would have drawn.
      expect(Math.abs(short - (2 / 3) * long)).toBeGreaterThan(5);
    });

    const id = (await lesions(page))[0].id;
    const before = (await points(page, id))!;
    const numbers = (await lines(page, id))!;
    const handle = async () => toPage(page, VP, (await points(page, id))![0] as V3);

    await test.step('right-drag (zoom) on a handle, with the RECIST tool on and off: it zooms, the drawing stays', async () => {
      const px0 = await pixelMm(page, VP, L.shape.centre_mm, [1, 0, 0]);
      const h = await handle();
      await drag(page, h, [h[0] + 15, h[1] + 120], 'right');
      await expect.poll(async () => await pixelMm(page, VP, L.shape.centre_mm, [1, 0, 0])).not.toBeCloseTo(px0, 3);
      expectSamePoints(await points(page, id), before, 'after right-drag with RECIST on');
      await page.locator('[data-measure-tool="bidirectional"]').click(); // tool off: W/L on the left button
      await expect.poll(async () => (await state(page)).measureTool).toBeNull();
      const h2 = await handle();
      await drag(page, h2, [h2[0] - 10, h2[1] - 90], 'right');
      expectSamePoints(await points(page, id), before, 'after right-drag with W/L');
      expect(await lines(page, id)).toEqual(numbers);
    });

    await test.step('middle-drag (pan), left-drag (W/L) and Shift+right-drag on a handle: the drawing stays', async () => {
      const h = await handle();
      await drag(page, h, [h[0] + 60, h[1] + 40], 'middle');
      // It panned: the handle is drawn elsewhere on the screen, at the same patient point.
      const h2 = await handle();
      expect(Math.hypot(h2[0] - h[0], h2[1] - h[1])).toBeGreaterThan(30);
      expectSamePoints(await points(page, id), before, 'after middle-drag');
      await drag(page, h2, [h2[0] + 50, h2[1] + 50], 'left');
      expectSamePoints(await points(page, id), before, 'after left-drag with W/L');
      const h3 = await handle();
      await drag(page, h3, [h3[0] + 40, h3[1]], 'right', 'Shift');
      expectSamePoints(await points(page, id), before, 'after Shift+right-drag');
      expect(await lines(page, id)).toEqual(numbers);
      expect((await state(page)).lesions[0].history).toEqual([]);
    });

    await test.step('the edit tool (E) moves it; Ctrl+Z puts it back; the history shows both', async () => {
      await page.keyboard.press('e');
      await expect(page.locator('[data-measure-tool="edit"]')).toHaveClass(/on/);
      const target = offset(before[0], [8, 0, 0]);
      await drag(page, await handle(), await toPage(page, VP, target));
      await expect.poll(async () => (await state(page)).lesions[0].history.length).toBe(1);
      const moved = (await points(page, id))!;
      expect(Math.hypot(moved[0][0] - target[0], moved[0][1] - target[1])).toBeLessThan(1.5);
      const e = (await state(page)).lesions[0].history[0];
      expect(e.via).toBe('edit');
      expect(e.fields).toEqual(['shape']);
      expect(e.before!.value).toBeCloseTo(numbers[0], 0);
      expect(e.before!.unit).toBe('mm');
      expect(Math.abs(e.after!.value - e.before!.value)).toBeGreaterThan(1);
      await expect.poll(async () => Math.abs((await lines(page, id))?.[0] ?? numbers[0]) - numbers[0]).not.toBeCloseTo(0, 1);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await state(page)).lesions[0].history.length).toBe(2);
      expectSamePoints(await points(page, id), before, 'after undo');
      const u = (await state(page)).lesions[0].history[1];
      expect(u.via).toBe('undo');
      expect(u.after!.value).toBeCloseTo(e.before!.value, 6);
      await expect.poll(async () => (await lines(page, id))?.[0]).toBeCloseTo(numbers[0], 6);
      // The lesion's details row lists both, the undo marked as such.
      await page.getByRole('button', { name: 'lesion details' }).first().click();
      const hist = page.locator('.lesion-history');
      await expect(hist.locator('summary')).toHaveText('History (2)');
      await hist.locator('summary').click();
      await expect(hist.locator('li')).toHaveCount(2);
      await expect(hist.locator('li').nth(1)).toContainText('undo');
      await expect(hist.locator('li').nth(0)).toContainText('mm →');
    });

    await test.step('a locked lesion is not moved, even by the edit tool', async () => {
      await page.getByLabel('lock lesion').check();
      await expect.poll(async () => (await state(page)).lesions[0].locked).toBe(true);
      const h = await handle();
      await drag(page, h, [h[0] + 40, h[1] + 30]);
      await page.waitForTimeout(300);
      expectSamePoints(await points(page, id), before, 'locked, after an edit-tool drag');
      expect((await state(page)).lesions[0].history.map((x) => x.fields.join())).toEqual(['shape', 'shape', 'locked']);
      await page.screenshot({ path: test.info().outputPath('reading-safety-locked.png') });
      await page.locator('[data-measure-tool="edit"]').click(); // edit tool off
      await expect.poll(async () => (await state(page)).measureTool).toBeNull();
    });

    await test.step('a single click, and a click–move–click, with the RECIST tool make no lesion', async () => {
      await page.locator('[data-measure-tool="bidirectional"]').click();
      const p = await toPage(page, VP, offset(L.shape.centre_mm, [0, 45, 0]));
      await page.mouse.click(p[0], p[1]);
      await page.waitForTimeout(400);
      await page.mouse.move(p[0] + 150, p[1] + 40, { steps: 10 });
      await page.mouse.click(p[0] + 150, p[1] + 40);
      await page.waitForTimeout(600);
      expect((await lesions(page)).map((l) => l.id)).toEqual([id]);
      // Two more clicks at other places: still only the one lesion.
      await page.mouse.click(p[0] - 80, p[1] + 60);
      await page.mouse.move(p[0] - 10, p[1] - 200, { steps: 10 });
      await page.mouse.click(p[0] - 10, p[1] - 200);
      await page.waitForTimeout(600);
      expect((await lesions(page)).map((l) => l.id)).toEqual([id]);
    });

    await test.step('click-to-grow on background asks why, Esc discards it: no lesion', async () => {
      await page.keyboard.press('r'); // reset zoom/pan: the whole field of view is on screen
      await page.locator('[data-measure-tool="grow"]').click();
      // Air in the image's corner, outside the body.
      const air = await toPage(page, VP, [-190, -190, L.shape.centre_mm[2]]);
      await page.mouse.click(air[0], air[1]);
      await expect.poll(async () => {
        const g = (await state(page)).grow;
        return !!g && g.replyVersion === g.version && (g.voxelCount ?? 0) > 0;
      }, { timeout: 120_000 }).toBe(true);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Keep this grown region as a lesion?');
      await expect(dialog).toContainText(/edge of the volume|larger than the 2 L limit/);
      await expect(dialog.getByRole('button', { name: /Keep/ })).toBeFocused();
      await page.screenshot({ path: test.info().outputPath('reading-safety-grow-confirm.png') });
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect.poll(async () => (await state(page)).grow).toBeNull();
      await page.waitForTimeout(300);
      expect((await lesions(page)).map((l) => l.id)).toEqual([id]);
    });

    await test.step('a line longer than any lesion asks: Esc discards it (no lesion), Enter keeps it', async () => {
      await page.locator('[data-measure-tool="length"]').click();
      const z = L.shape.centre_mm[2];
      const from = await toPage(page, VP, [-150, -150, z]), to = await toPage(page, VP, [150, 150, z]);
      await drag(page, from, to);
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toContainText('Keep this line as a lesion?');
      await expect(dialog).toContainText('longer than 300 mm');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await page.waitForTimeout(300);
      expect((await lesions(page)).map((l) => l.id)).toEqual([id]);
      await drag(page, from, to);
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await lesions(page)).length).toBe(2);
      expect((await lesions(page))[1].tool).toBe('length');
    });
  });

  test('MPR sagittal: zoom, pan and W/L drags that start on a length handle leave it; the length tool\'s own left grab adjusts it', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const SAG = 'mpr-sagittal';
    const c = truth!.lesions.find((l) => l.id === 'L1')!.shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, SAG, c);
    await page.locator('[data-measure-tool="length"]').click();
    // Diagonal in the sagittal plane (P, S), so neither end lies on a crosshair line.
    await drag(page, await toPage(page, SAG, offset(c, [0, -8, -8])), await toPage(page, SAG, offset(c, [0, 8, 8])));
    await expect.poll(async () => (await lesions(page)).length).toBe(1);
    const id = (await lesions(page))[0].id;
    const before = (await points(page, id))!;
    const handle = async (i = 0) => toPage(page, SAG, (await points(page, id))![i] as V3);
    // With the length tool on: a right-drag on its handle zooms, the line stays.
    let h = await handle();
    await drag(page, h, [h[0], h[1] + 100], 'right');
    expectSamePoints(await points(page, id), before, 'MPR, right-drag with the length tool on');
    // Tool off (W/L on the left button): middle-drag pans, left-drag changes W/L; the line stays.
    await page.locator('[data-measure-tool="length"]').click();
    h = await handle();
    await drag(page, h, [h[0] + 50, h[1] + 30], 'middle');
    expectSamePoints(await points(page, id), before, 'MPR, middle-drag');
    h = await handle(1);
    await drag(page, h, [h[0] + 40, h[1] - 40], 'left');
    expectSamePoints(await points(page, id), before, 'MPR, left-drag with W/L');
    // The length tool on again: its own left-button handle grab adjusts the line (an undoable edit).
    await page.locator('[data-measure-tool="length"]').click();
    const target = offset(before[1], [0, 4, 0]);
    await drag(page, await handle(1), await toPage(page, SAG, target));
    await expect.poll(async () => (await state(page)).lesions[0].history.length).toBe(1);
    const moved = (await points(page, id))!;
    expect(Math.hypot(moved[1][1] - target[1], moved[1][2] - target[2])).toBeLessThan(1.5);
    expectSamePoints([moved[0]], [before[0]], 'MPR, the other end');
  });

  test('fused PET/CT: a sphere drag and a zoom that start on the CT measurement leave it where it is', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), truth!.grids.pet.seriesInstanceUID);
    const CT = 'fusion-ct', FUSED = 'fusion-fused';
    await expect(page.locator(`.viewport-cell[data-viewport-id="${FUSED}"] canvas`).first()).toBeVisible({ timeout: 120_000 });
    await goTo(page, CT, L.shape.centre_mm);
    await goTo(page, FUSED, L.shape.centre_mm);

    await page.locator('[data-measure-tool="bidirectional"]').click();
    const [a, b] = L.recist.longAxisEndpoints_lps_mm;
    await drag(page, await toPage(page, CT, a), await toPage(page, CT, b));
    await expect.poll(async () => (await lesions(page)).length).toBe(1);
    const id = (await lesions(page))[0].id;
    const before = (await points(page, id))!;

    // The sphere tool on, pressed on the CT measurement's handle in the fused view: a new sphere, the line stays.
    await page.locator('[data-measure-tool="sphere"]').click();
    const h = await toPage(page, FUSED, before[0] as V3);
    await drag(page, h, await toPage(page, FUSED, offset(before[0], [10, 0, 0])));
    await expect.poll(async () => (await lesions(page)).length).toBe(2);
    expect((await lesions(page)).map((l) => l.tool).sort()).toEqual(['bidirectional', 'sphere']);
    expectSamePoints(await points(page, id), before, 'after a sphere drag in the fused view');

    // A right-drag (zoom) from the other handle in the fused view: zoomed, the line stays.
    const h2 = await toPage(page, FUSED, before[1] as V3);
    await drag(page, h2, [h2[0], h2[1] + 100], 'right');
    expectSamePoints(await points(page, id), before, 'after a right-drag in the fused view');
    await page.screenshot({ path: test.info().outputPath('reading-safety-fusion.png') });
  });
});
