import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';

// Brush / eraser on a labelmap (issue 5): a brush lesion painted with the mouse over the demo CT's
// lesion L1 is measured in the engine worker; erasing, undo and redo update its numbers.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  grids: Record<'ct', { seriesInstanceUID: string }>;
  lesions: { id: string; shape: { centre_mm: V3; semiAxes_mm: V3; axes: V3[] }; ct: { trueHU: number } }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const VP = 'vp-0';

interface ApiLesion { id: string; tool: string; results: Record<string, { volumeMl: number; mean: number | null; voxelCount: number } | null> }
const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());
const result = async (page: Page) => {
  const l = (await lesions(page))[0];
  return l ? (Object.values(l.results).find((r) => r !== null) ?? null) : null;
};

async function toPage(page: Page, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { worldToCanvas(v: string, q: V3): [number, number] }).worldToCanvas(vp, p), { vp: VP, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${VP}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}

async function stroke(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 15 });
  await page.mouse.up();
}

test.describe('brush and eraser on the demo CT', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('a brush stroke over L1 is a lesion with its true HU; erase, undo, redo update the volume', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L.shape.centre_mm;
    const ax = L.shape.axes[0];
    // Points along the in-plane long axis, `t` mm from the centre (well inside the 20 × 13 mm section).
    const along = (t: number): V3 => [c[0] + t * ax[0], c[1] + t * ax[1], c[2]];
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, q: V3): Promise<void> }).goTo(vp, p), { vp: VP, p: c });

    await page.locator('[data-measure-tool="brush"]').click();
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });
    await page.getByLabel('brush size').fill('4');
    await stroke(page, await toPage(page, along(-9)), await toPage(page, along(9)));
    await expect.poll(async () => (await lesions(page)).length, { timeout: 20_000 }).toBe(1);
    expect((await lesions(page))[0].tool).toBe('brush');
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const painted = (await result(page))!;
    expect(Math.abs(painted.mean! - L.ct.trueHU)).toBeLessThanOrEqual(5);
    // Its auto-RECIST drawing (a bidirectional annotation under the lesion id) is shown.
    const id = (await lesions(page))[0].id;
    const recist = () => page.evaluate((uid) => (window.caliper.measureDebug as { annotationPoints(u: string): number[][] | null }).annotationPoints(uid), id);
    await expect.poll(async () => (await recist())?.length ?? 0).toBe(4);
    await page.screenshot({ path: 'docs/screenshots/measure-brush.png' });

    // Eraser (E key) over one end of the stroke: the volume decreases.
    await page.keyboard.press('e');
    await expect(page.locator('[data-measure-tool="eraser"]')).toHaveClass(/on/);
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP);
    await stroke(page, await toPage(page, along(3)), await toPage(page, along(12)));
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0, { timeout: 20_000 }).toBeLessThan(painted.volumeMl);
    const erased = (await result(page))!;
    expect(erased.volumeMl).toBeGreaterThan(0);

    // Undo brings the painted voxels (and numbers) back; redo erases them again.
    await page.getByRole('button', { name: 'undo' }).click();
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0).toBeCloseTo(painted.volumeMl, 6);
    await page.getByRole('button', { name: 'redo' }).click();
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0).toBeCloseTo(erased.volumeMl, 6);
    expect((await lesions(page)).length).toBe(1);
  });
});

test.describe('editing a grown segmentation and scissors', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('"Edit segmentation" of an accepted grow: erasing lowers its volume, undo restores it; scissors make a new lesion', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L.shape.centre_mm;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, q: V3): Promise<void> }).goTo(vp, p), { vp: VP, p: c });
    await page.locator('[data-measure-tool="grow"]').click();
    const [x, y] = await toPage(page, c);
    await page.mouse.click(x, y);
    await expect(page.locator('.measure-grow')).toHaveAttribute('data-voxels', /\d+/, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const grown = (await result(page))!;
    const id = (await lesions(page))[0].id;

    await page.getByRole('button', { name: 'Edit segmentation' }).click();
    await expect(page.locator('[data-measure-tool="brush"]')).toHaveClass(/on/);
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-target', id);
    await page.keyboard.press('e');
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });
    await page.getByLabel('brush size').fill('5');
    await stroke(page, await toPage(page, [c[0] - 8, c[1], c[2]]), await toPage(page, [c[0] + 8, c[1], c[2]]));
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0, { timeout: 20_000 }).toBeLessThan(grown.volumeMl);
    expect((await lesions(page)).length).toBe(1);
    await page.getByRole('button', { name: 'undo' }).click();
    await expect.poll(async () => (await result(page))?.volumeMl ?? 0).toBeCloseTo(grown.volumeMl, 6);

    // Scissors into a new lesion: a 10 × 10 mm rectangle on one 2.5 mm slice ≈ 0.25 mL.
    await page.locator('[data-measure-tool="scissors"]').click();
    await page.getByRole('button', { name: 'New lesion' }).click();
    await stroke(page, await toPage(page, [c[0] - 5, c[1] + 30, c[2]]), await toPage(page, [c[0] + 5, c[1] + 40, c[2]]));
    await expect.poll(async () => (await lesions(page)).length, { timeout: 20_000 }).toBe(2);
    const cut = async () => {
      const l = (await lesions(page)).find((q) => q.id !== id);
      return l ? (Object.values(l.results).find((r) => r !== null)?.volumeMl ?? 0) : 0;
    };
    await expect.poll(cut, { timeout: 20_000 }).toBeGreaterThan(0.18);
    expect(await cut()).toBeLessThan(0.33);
    expect((await result(page))!.volumeMl).toBeCloseTo(grown.volumeMl, 6);
  });
});
