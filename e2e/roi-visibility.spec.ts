import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';

// Issue 12, "Every ROI visible and checkable by eye", with the mouse on the demo study: number boxes
// belong to the shape on the shown slice and go with it; accepted grown regions and PET threshold
// lesions are drawn on every slice they cross; a PET threshold ROI reads its thresholded lesion.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  grids: Record<'ct' | 'pet', { seriesInstanceUID: string }>;
  lesions: { id: string; shape: { centre_mm: V3; semiAxes_mm?: V3 }; pet: { SUVmax_SUVbw: number; MTV_41pctMax_mL: number } }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
interface Dbg {
  worldToCanvas(vp: string, p: V3): [number, number];
  goTo(vp: string, p: V3): Promise<void>;
  state(): { lesionIds: string[]; grow: { version: number; replyVersion?: number } | null };
}
interface ApiLesion { id: string; tool: string; results: Record<string, { unit: string; volumeMl: number; suv: { max: number; mtvMl: number; tlg: number } | null } | null> }
const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());
const goTo = (page: Page, vp: string, p: V3) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).goTo(vp, p), { vp, p });
const cell = (vp: string) => `.viewport-cell[data-viewport-id="${vp}"]`;

async function toPage(page: Page, vp: string, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).worldToCanvas(vp, p), { vp, p });
  const box = (await page.locator(`${cell(vp)} canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}

async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up();
}

/** Mouse-wheel `n` notches over a viewport (positive: down), one event each, letting it render between. */
async function wheel(page: Page, vp: string, n: number) {
  const box = (await page.locator(`${cell(vp)} canvas`).first().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9);
  for (let i = 0; i < Math.abs(n); i++) {
    await page.mouse.wheel(0, Math.sign(n) * 100);
    await page.waitForTimeout(60);
  }
}

/** Pixels of a screenshot of a region (page CSS px) whose colour is within `tol` of `hex`. */
async function countColour(page: Page, clip: { x: number; y: number; width: number; height: number }, hex: string, tol = 40): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async ({ png, hex, tol }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - want[0]) + Math.abs(d[i + 1] - want[1]) + Math.abs(d[i + 2] - want[2]) <= tol) n++;
    return n;
  }, { png, hex, tol });
}

test.describe('every ROI visible and checkable by eye (issue 12)', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('a number box belongs to its shape on the shown slice: gone when scrolled away, back with it; gone when the lesion is deleted', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const c = truth!.lesions.find((l) => l.id === 'L1')!.shape.centre_mm;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await goTo(page, 'vp-0', c);
    await page.locator('[data-measure-tool="ellipse"]').click();
    await drag(page, await toPage(page, 'vp-0', c), await toPage(page, 'vp-0', [c[0] + 12, c[1] + 8, c[2]]));
    await expect.poll(async () => (await lesions(page)).length, { timeout: 60_000 }).toBe(1);
    const id = (await lesions(page))[0].id;
    const box = page.locator(`${cell('vp-0')} .measure-overlay`);
    await expect(box).toHaveCount(1);
    await expect(box).toHaveAttribute('data-lesion-id', id);
    await expect(box.locator('.measure-numbers')).toHaveAttribute('data-state', 'fresh', { timeout: 60_000 });
    // Short: the name and at most two values, each with its unit; the method on hover.
    const lines = (await box.innerText()).split('\n').filter((l) => l.trim());
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toBe('Lesion 1');
    expect(lines[1]).toMatch(/^Area [\d.]+ mm²$/);
    expect(lines[2]).toMatch(/^Mean HU [−\d.]+ HU$/);
    await page.mouse.move(...(await box.boundingBox().then((b) => [b!.x + b!.width / 2, b!.y + b!.height / 2] as const)));
    await expect(page.locator(`${cell('vp-0')} .measure-label-details`)).toContainText('voxels whose centre lies in the ROI');
    await page.screenshot({ path: 'test-results/roi-visibility-label.png' });

    // Two slices away (2 × 2.5 mm): the ellipse is not on the image, nor are its numbers; back: both return.
    await wheel(page, 'vp-0', 2);
    await expect(box).toHaveCount(0);
    await page.screenshot({ path: 'test-results/roi-visibility-scrolled.png' });
    await wheel(page, 'vp-0', -2);
    await expect(box).toHaveCount(1);
    await expect(box).toHaveAttribute('data-lesion-id', id);

    // Deleted from the table: no number box over the image, no numbers in the panel, no table row.
    await page.locator(`.lesion-table tr[data-lesion-id="${id}"] button[aria-label="delete lesion"]`).click();
    await expect.poll(async () => (await lesions(page)).length).toBe(0);
    await expect(page.locator('.measure-overlay')).toHaveCount(0);
    await expect(page.locator('.measure-live')).toHaveCount(0);
    await expect(page.locator(`.lesion-table [data-lesion-id="${id}"]`)).toHaveCount(0);
    await page.screenshot({ path: 'test-results/roi-visibility-deleted.png' });
  });

  test('an accepted grown region is outlined and filled on the neighbouring slices and the MPR planes; gone when deleted', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const c = truth!.lesions.find((l) => l.id === 'L1')!.shape.centre_mm;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await goTo(page, 'vp-0', c);
    await page.locator('[data-measure-tool="grow"]').click();
    const [x, y] = await toPage(page, 'vp-0', c);
    await page.mouse.click(x, y);
    await expect(page.locator(`${cell('vp-0')} .grow-outline[data-stale="false"]`)).toHaveCount(1, { timeout: 60_000 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await lesions(page)).length, { timeout: 60_000 }).toBe(1);
    const id = (await lesions(page))[0].id;
    const region = page.locator(`${cell('vp-0')} .lesion-regions g[data-lesion-id="${id}"]`);
    await expect(region).toHaveCount(1, { timeout: 30_000 });
    const colour = (await region.getAttribute('data-color'))!;
    const slice0 = Number(await region.getAttribute('data-slice'));
    // The region around the click, in the lesion's colour on screen.
    const around = { x: x - 40, y: y - 40, width: 80, height: 80 };
    const bb = (await region.locator('.lesion-region-outline').boundingBox())!;
    expect(bb.x).toBeLessThan(x);
    expect(bb.x + bb.width).toBeGreaterThan(x);
    expect(await countColour(page, around, colour)).toBeGreaterThan(20);

    // Three slices (7.5 mm) up and down: L1 (semi-axes 20 × 13 × 12 mm) is still there, and so is its outline.
    for (const n of [3, -6]) {
      await wheel(page, 'vp-0', n);
      await expect.poll(async () => Number(await region.getAttribute('data-slice'))).not.toBe(slice0);
      await expect(region).toHaveCount(1);
      expect(await countColour(page, around, colour)).toBeGreaterThan(20);
    }
    await page.screenshot({ path: 'test-results/roi-visibility-grow-neighbour.png' });
    // Far from the lesion (60 mm): nothing of it is drawn.
    await goTo(page, 'vp-0', [c[0], c[1], c[2] + 60]);
    await expect(region).toHaveCount(0);
    await goTo(page, 'vp-0', c);
    await expect(region).toHaveCount(1);

    // The MPR planes through the lesion show it too (same lesion, same colour).
    await page.getByTestId('layout-mpr').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['mpr-axial', 'mpr-sagittal', 'mpr-coronal']);
    for (const vp of ['mpr-sagittal', 'mpr-coronal']) {
      await expect.poll(async () => {
        await goTo(page, vp, c);
        return page.locator(`${cell(vp)} .lesion-regions g[data-lesion-id="${id}"]`).count();
      }, { timeout: 90_000 }).toBe(1);
      await expect(page.locator(`${cell(vp)} .lesion-regions g[data-lesion-id="${id}"]`)).toHaveAttribute('data-color', colour);
    }
    await page.screenshot({ path: 'test-results/roi-visibility-grow-mpr.png' });

    // Deleted: gone from every view.
    await page.locator(`.lesion-table tr[data-lesion-id="${id}"] button[aria-label="delete lesion"]`).click();
    await expect(page.locator('.lesion-regions g')).toHaveCount(0);
    await expect(page.locator('.measure-overlay')).toHaveCount(0);
  });

  test('a PET threshold sphere reads its thresholded lesion (MTV, SUVmax, TLG), draws it inside the sphere, and shows the sphere only as its search region', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L.shape.centre_mm;
    const VP = 'fusion-fused';
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), truth!.grids.ct.seriesInstanceUID);
    await goTo(page, VP, c);
    await page.getByLabel('PET threshold').selectOption('percentOfMax');
    await expect(page.getByLabel('threshold value')).toHaveValue('41');
    await page.locator('[data-measure-tool="sphere"]').click();
    await drag(page, await toPage(page, VP, c), await toPage(page, VP, [c[0] + 30, c[1], c[2]]));
    await expect.poll(async () => (await lesions(page))[0]?.tool, { timeout: 60_000 }).toBe('petThreshold');
    const id = (await lesions(page))[0].id;
    await expect.poll(async () => Object.values((await lesions(page))[0].results).filter((r) => r).length, { timeout: 90_000 }).toBe(2);
    const pet = Object.values((await lesions(page))[0].results).find((r) => r?.suv)!;
    // The thresholded lesion: L1's true MTV at 41 % of its SUVmax, far less than the 113 mL sphere.
    expect(pet.suv!.mtvMl).toBeCloseTo(L.pet.MTV_41pctMax_mL, 1);
    expect(pet.suv!.max).toBeCloseTo(L.pet.SUVmax_SUVbw, 3);

    // The panel: PET block = the lesion (MTV, TLG shown there); the CT sphere folded away as "search region".
    const live = page.locator('.measure-live');
    const petBlock = live.locator(':scope > .measure-numbers');
    await expect(petBlock).toHaveCount(1);
    await expect(petBlock).toContainText('thresholded lesion');
    await expect(petBlock.locator('[data-key="mtv"]')).toHaveAttribute('data-value', String(pet.suv!.mtvMl));
    await expect(petBlock.locator('[data-key="tlg"]')).toHaveAttribute('data-value', String(pet.suv!.tlg));
    const search = live.locator('[data-role="search-region"]');
    await expect(search).toHaveCount(1);
    await expect(search.locator('summary')).toHaveText(/^Search region \(sphere\) on CT$/);
    await expect(search.locator('.measure-numbers')).toBeHidden();

    // The lesion table's volume is the thresholded lesion's too, not the sphere's.
    await expect(page.locator(`.lesion-table tr[data-lesion-id="${id}"] td[data-key="volume"]`)).toHaveAttribute('data-value', String(pet.volumeMl));

    // On the image: name, SUVmax, MTV (three lines), never the sphere's volume.
    const label = page.locator(`${cell(VP)} .measure-overlay`);
    await expect(label.locator('.measure-numbers')).toHaveAttribute('data-state', 'fresh');
    const lines = (await label.innerText()).split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^SUVmax [\d.]+ SUVbw$/);
    expect(lines[2]).toMatch(/^MTV [\d.]+ mL$/);
    await expect(label.locator('[data-key="mtv"]')).toHaveAttribute('data-value', String(pet.suv!.mtvMl));

    // Its contour is drawn inside the sphere on the fused and CT views, and on PET slices above and below the centre.
    for (const vp of [VP, 'fusion-ct']) {
      await goTo(page, vp, c);
      const g = page.locator(`${cell(vp)} .lesion-regions g[data-lesion-id="${id}"]`);
      await expect(g).toHaveCount(1, { timeout: 30_000 });
      const bb = (await g.locator('.lesion-region-outline').boundingBox())!;
      const [cx, cy] = await toPage(page, vp, c);
      const [rx] = await toPage(page, vp, [c[0] + 30, c[1], c[2]]);
      const r = Math.abs(rx - cx);
      expect(bb.x).toBeGreaterThan(cx - r);
      expect(bb.x + bb.width).toBeLessThan(cx + r);
      expect(bb.y).toBeGreaterThan(cy - r);
      expect(bb.y + bb.height).toBeLessThan(cy + r);
    }
    await goTo(page, VP, c);
    await page.screenshot({ path: 'test-results/roi-visibility-pet-threshold.png' });
    for (const dz of [-8, 8]) {
      await goTo(page, VP, [c[0], c[1], c[2] + dz]);
      await expect(page.locator(`${cell(VP)} .lesion-regions g[data-lesion-id="${id}"]`)).toHaveCount(1);
      await expect(label).toHaveCount(1);
    }
    // 25 mm above the centre: still inside the 30 mm sphere, but past the thresholded lesion. Neither
    // its contour nor its numbers are drawn there.
    await goTo(page, VP, [c[0], c[1], c[2] + 25]);
    await expect(page.locator(`${cell(VP)} .lesion-regions g[data-lesion-id="${id}"]`)).toHaveCount(0);
    await expect(label).toHaveCount(0);
  });

  test('in the MPR views too, the number box shows only on the plane of its shape', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(300_000);
    const c = truth!.lesions.find((l) => l.id === 'L1')!.shape.centre_mm;
    const SAG = 'mpr-sagittal';
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await page.getByTestId('layout-mpr').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['mpr-axial', 'mpr-sagittal', 'mpr-coronal']);
    await expect.poll(async () => {
      await goTo(page, SAG, c);
      const [x, y] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('mpr-sagittal', p), c);
      return page.evaluate(({ x, y }) => window.caliper.debug.sample('mpr-sagittal', x, y).value, { x, y });
    }, { timeout: 90_000 }).toBeGreaterThan(0);
    await page.locator('[data-measure-tool="ellipse"]').click();
    await drag(page, await toPage(page, SAG, c), await toPage(page, SAG, [c[0], c[1] + 10, c[2] + 8]));
    await expect.poll(async () => (await lesions(page)).length, { timeout: 60_000 }).toBe(1);
    const box = page.locator(`${cell(SAG)} .measure-overlay`);
    await expect(box).toHaveCount(1);
    await expect(box.locator('.measure-numbers')).toHaveAttribute('data-state', 'fresh', { timeout: 60_000 });
    // Only in the view it was drawn in.
    await expect(page.locator('.measure-overlay')).toHaveCount(1);
    await wheel(page, SAG, 3);
    await expect(box).toHaveCount(0);
    await wheel(page, SAG, -3);
    await expect(box).toHaveCount(1);
    await page.screenshot({ path: 'test-results/roi-visibility-mpr-box.png' });
  });
});
