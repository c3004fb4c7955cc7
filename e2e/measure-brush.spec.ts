import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { docShot } from './support/docShot';

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
    await page.screenshot({ path: docShot('measure-brush.png') });

    // Eraser (E key) over one end of the stroke: the volume decreases.
    await page.keyboard.press('Shift+E');
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
    await page.keyboard.press('Shift+E');
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

// Circle and sphere scissors (issue 5). The tool sees the world points of the mouse-down and
// mouse-up pixels; the test inverts the viewport's (affine, in-plane) world → page mapping at the
// same integer page pixels, so it knows the centre and radius the tool used to float precision and
// counts the voxels by hand. Tolerance: voxel centres within TIE_MM of the shape's surface may fall
// either way (float rounding of canvas ↔ world, Cornerstone's relative 1e-5 boundary epsilon for the circle), so the count
// must lie in [N(r - TIE_MM), N(r + TIE_MM)]: a voxel-level band of a few voxels, far narrower than
// the +12 % of an ellipsoid with the slice-stretched depth semi-axis that Cornerstone's own sphere
// strategy would cut (asserted to be outside the band).
const TIE_MM = 0.02;
const SPACING: V3 = [0.78125, 0.78125, 2.5];
const ORIGIN: V3 = [-199.609375, -199.609375, -300];

/** Patient point (on the plane z = c[2]) drawn at an integer page pixel, by inverting world → page. */
async function pageToWorld(page: Page, c: V3, px: [number, number]): Promise<V3> {
  const p0 = await toPage(page, c);
  const ex = await toPage(page, [c[0] + 10, c[1], c[2]]);
  const ey = await toPage(page, [c[0], c[1] + 10, c[2]]);
  const a = [(ex[0] - p0[0]) / 10, (ex[1] - p0[1]) / 10], b = [(ey[0] - p0[0]) / 10, (ey[1] - p0[1]) / 10];
  const u = px[0] - p0[0], v = px[1] - p0[1];
  const det = a[0] * b[1] - a[1] * b[0];
  return [c[0] + (u * b[1] - v * b[0]) / det, c[1] + (a[0] * v - a[1] * u) / det, c[2]];
}

/** Voxels of the demo CT whose centres satisfy (dx/rx)² + (dy/ry)² + (dz/rz)² <= 1 (rz 0: only slice z = centre). */
function countVoxels(centre: V3, r: number, rz: number): number {
  let n = 0;
  const ci = (centre[0] - ORIGIN[0]) / SPACING[0], cj = (centre[1] - ORIGIN[1]) / SPACING[1], ck = (centre[2] - ORIGIN[2]) / SPACING[2];
  const span = (c: number, rr: number, s: number) => [Math.ceil(c - rr / s - 1), Math.floor(c + rr / s + 1)];
  const [k0, k1] = rz > 0 ? span(ck, rz, SPACING[2]) : [Math.round(ck), Math.round(ck)];
  const [j0, j1] = span(cj, r, SPACING[1]), [i0, i1] = span(ci, r, SPACING[0]);
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const dx = (i - ci) * SPACING[0], dy = (j - cj) * SPACING[1], dz = rz > 0 ? (k - ck) * SPACING[2] : 0;
        if ((dx * dx + dy * dy) / (r * r) + (rz > 0 ? (dz * dz) / (rz * rz) : 0) <= 1) n++;
      }
  return n;
}

test.describe('circle and sphere scissors on the demo CT', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('circle then sphere scissors inside L1: hand-counted voxels and true HU; undo/redo step the lesion back and forth; saved and restored', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L.shape.centre_mm; // on slice k = 88 (z −80 mm)
    const voxelMl = (SPACING[0] * SPACING[1] * SPACING[2]) / 1000;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, q: V3): Promise<void> }).goTo(vp, p), { vp: VP, p: c });
    await page.keyboard.press('x'); // scissors, rectangle first
    await expect(page.locator('[data-measure-tool="scissors"]')).toHaveClass(/on/);
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });
    await page.locator('[data-scissors="scissorsCircle"]').click();
    await expect(page.locator('[data-scissors="scissorsCircle"]')).toHaveClass(/on/);
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });

    // Circle of ~6 mm radius at L1's centre (inside its 20 × 13 mm section): one slice.
    const round = ([x, y]: [number, number]): [number, number] => [Math.round(x), Math.round(y)];
    const down = round(await toPage(page, c));
    const circleEnd = round(await toPage(page, [c[0] + 6, c[1], c[2]]));
    await stroke(page, down, circleEnd);
    await expect.poll(async () => (await lesions(page)).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await result(page))?.voxelCount ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const centre = await pageToWorld(page, c, down);
    const rc = Math.hypot(...((await pageToWorld(page, c, circleEnd)).map((x, i) => x - centre[i]) as V3));
    const circle = (await result(page))!;
    expect(circle.voxelCount).toBeGreaterThanOrEqual(countVoxels(centre, rc - TIE_MM, 0));
    expect(circle.voxelCount).toBeLessThanOrEqual(countVoxels(centre, rc + TIE_MM, 0));
    expect(circle.volumeMl).toBeCloseTo(circle.voxelCount * voxelMl, 9);
    // Its area (volume / slice thickness) is the disc's: every pixel whose centre is within r lies
    // inside the disc of radius r + h and covers all of the disc of radius r − h (h: half the pixel diagonal).
    const areaMm2 = (circle.volumeMl * 1000) / SPACING[2];
    const h = Math.hypot(SPACING[0], SPACING[1]) / 2;
    expect(areaMm2).toBeGreaterThanOrEqual(Math.PI * (rc - h) ** 2);
    expect(areaMm2).toBeLessThanOrEqual(Math.PI * (rc + h) ** 2);
    expect(Math.abs(circle.mean! - L.ct.trueHU)).toBeLessThanOrEqual(5);

    // Sphere of ~9 mm radius from the same centre into the same lesion (L1's smallest semi-axis is
    // 12 mm, so the sphere is inside L1; the disc is inside the sphere): the lesion becomes the sphere.
    await page.locator('[data-scissors="scissorsSphere"]').click();
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-target', (await lesions(page))[0].id);
    const sphereEnd = round(await toPage(page, [c[0] + 9, c[1], c[2]]));
    await page.mouse.move(down[0], down[1]);
    await page.mouse.down();
    await page.mouse.move(sphereEnd[0], sphereEnd[1], { steps: 15 });
    await page.screenshot({ path: docShot('measure-scissors-drag.png'), clip: { x: down[0] - 150, y: down[1] - 100, width: 300, height: 200 } });
    await page.mouse.up();
    await expect.poll(async () => (await result(page))?.voxelCount ?? 0, { timeout: 20_000 }).toBeGreaterThan(circle.voxelCount);
    const rs = Math.hypot(...((await pageToWorld(page, c, sphereEnd)).map((x, i) => x - centre[i]) as V3));
    const sphere = (await result(page))!;
    const lo = countVoxels(centre, rs - TIE_MM, rs - TIE_MM), hi = countVoxels(centre, rs + TIE_MM, rs + TIE_MM);
    expect(sphere.voxelCount).toBeGreaterThanOrEqual(lo);
    expect(sphere.voxelCount).toBeLessThanOrEqual(hi);
    // Cornerstone's stock sphere (depth semi-axis r + half a slice) would be well outside the band.
    expect(countVoxels(centre, rs, rs + SPACING[2] / 2)).toBeGreaterThan(hi * 1.05);
    expect(Math.abs(sphere.mean! - L.ct.trueHU)).toBeLessThanOrEqual(5);
    expect((await lesions(page)).length).toBe(1);
    await page.screenshot({ path: docShot('measure-scissors.png') });

    // Undo: back to the disc; redo: the sphere; undo twice: no lesion; redo: the disc again.
    const count = async () => (await result(page))?.voxelCount ?? 0;
    await page.getByRole('button', { name: 'undo' }).click();
    await expect.poll(count).toBe(circle.voxelCount);
    await page.getByRole('button', { name: 'redo' }).click();
    await expect.poll(count).toBe(sphere.voxelCount);
    expect((await result(page))!.volumeMl).toBeCloseTo(sphere.volumeMl, 9);
    await page.getByRole('button', { name: 'undo' }).click();
    await expect.poll(count).toBe(circle.voxelCount);
    await page.getByRole('button', { name: 'undo' }).click();
    await expect.poll(async () => (await lesions(page)).length).toBe(0);
    await expect(page.getByRole('button', { name: 'undo' })).toBeDisabled();
    await page.getByRole('button', { name: 'redo' }).click();
    await expect.poll(count).toBe(circle.voxelCount);
    expect((await lesions(page)).length).toBe(1);

    // The same sphere cut again gives the same voxels.
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-target', (await lesions(page))[0].id);
    await stroke(page, down, sphereEnd);
    await expect.poll(count, { timeout: 20_000 }).toBe(sphere.voxelCount);

    // Erase mode: a ~4 mm circle at the centre (inside the sphere's 9 mm section) removes exactly its disc.
    await page.locator('[data-scissors="scissorsCircle"]').click();
    await page.getByLabel('scissors erase').check();
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', VP, { timeout: 60_000 });
    const eraseEnd = round(await toPage(page, [c[0] + 4, c[1], c[2]]));
    await stroke(page, down, eraseEnd);
    await expect.poll(count, { timeout: 20_000 }).toBeLessThan(sphere.voxelCount);
    const re = Math.hypot(...((await pageToWorld(page, c, eraseEnd)).map((x, i) => x - centre[i]) as V3));
    const holed = await count();
    expect(sphere.voxelCount - holed).toBeGreaterThanOrEqual(countVoxels(centre, re - TIE_MM, 0));
    expect(sphere.voxelCount - holed).toBeLessThanOrEqual(countVoxels(centre, re + TIE_MM, 0));
    const holedMean = (await result(page))!.mean!;

    // The reading saves and restores the lesion voxel for voxel, as the kind of lesion it is (issue 18: it came back as 'grow').
    const kind = (await lesions(page))[0].tool;
    expect(kind).toBe('brush');
    await page.evaluate(() => (window.caliper.reading as { flush(): Promise<void> }).flush());
    await page.reload();
    await page.waitForFunction(() => typeof window.caliper === 'object');
    await page.evaluate(() => window.caliper.ready);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await expect.poll(count, { timeout: 60_000 }).toBe(holed);
    expect((await lesions(page)).length).toBe(1);
    expect((await lesions(page))[0].tool).toBe(kind);
    expect((await result(page))!.mean).toBeCloseTo(holedMean, 6);
  });
});
