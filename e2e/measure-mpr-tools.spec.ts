import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, test } from './support/test';
import { drag, goTo, latest, lesions, openMpr, pixelMm, toPage, zoomAt } from './support/mpr';
import type { Ellipsoid, V3 } from './support/mpr';
import { docShot } from './support/docShot';

// Issue 5, the remaining planar/3D tools in a non-axial MPR view: rectangle, circle and sphere
// drawn with the mouse in the coronal view inside the demo CT's lesion L1 (truth: public/demo/truth).
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
interface Truth { grids: Record<'ct', { seriesInstanceUID: string }>; lesions: { id: string; shape: Ellipsoid; ct: { trueHU: number } }[] }
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const COR = 'mpr-coronal';
// Coronal voxel: 0.78125 mm along L × 2.5 mm along S (the CT's in-plane and slice spacing).
const [VX, VZ] = [0.78125, 2.5];

test.describe('rectangle, circle and sphere in the coronal MPR view', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('each measures L1 with its true HU; the rectangle and circle their drawn areas, the sphere its volume; the crosshair is back after', async ({ page, pageErrors }) => {
    void pageErrors;
    const L1 = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L1.shape.centre_mm;
    const at = (dx: number, dz: number): V3 => [c[0] + dx, c[1], c[2] + dz];
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, COR, c);
    await page.locator('[data-measure-tool="rectangle"]').click();
    await zoomAt(page, COR, c);
    const px = Math.max(await pixelMm(page, COR, c, [1, 0, 0]), await pixelMm(page, COR, c, [0, 0, 1]));
    // L1's coronal section through its centre is ≈ 34 × 24 mm (L × S): every shape below lies inside.
    // Each shape is measured, then undone, so the next is drawn on a clear view (a press on an
    // existing drawing's handle or outline would move it instead).
    const check = async (tool: string) => {
      await expect.poll(async () => (await lesions(page)).length).toBe(1);
      await expect.poll(async () => (await latest(page))?.mean ?? null, { timeout: 30_000 }).not.toBeNull();
      const r = (await latest(page))!;
      expect((await lesions(page)).at(-1)!.tool).toBe(tool);
      expect(r.unit).toBe('HU');
      // CT noise σ 2.5 HU over ≥ 60 voxels (the 12 × 10 mm rectangle holds 15–16 × 4–5 voxel
      // centres of the 0.78 × 2.5 mm grid, by where its corners fall): the mean is within 1 HU of the true HU.
      expect(r.voxelCount).toBeGreaterThanOrEqual(60);
      expect(Math.abs(r.mean! - L1.ct.trueHU), tool).toBeLessThanOrEqual(1);
      if (tool === 'sphere') await page.screenshot({ path: docShot('measure-mpr-coronal-tools.png') });
      await page.getByRole('button', { name: 'undo' }).click();
      await expect.poll(async () => (await lesions(page)).length).toBe(0);
      return r;
    };

    // Rectangle 12 × 10 mm (corner to corner). Voxel-centre area: off from 120 mm² by at most
    // half the ring between the rectangles grown/shrunk by half a voxel (+ a pixel) per axis.
    await drag(page, await toPage(page, COR, at(-6, -5)), await toPage(page, COR, at(6, 5)));
    const rect = await check('rectangle');
    const [hx, hz] = [VX / 2 + px, VZ / 2 + px];
    expect(Math.abs(rect.areaMm2! - 120)).toBeLessThanOrEqual(((12 + 2 * hx) * (10 + 2 * hz) - (12 - 2 * hx) * (10 - 2 * hz)) / 2);

    // Circle of radius 7 mm (centre, then rim): π·49 mm² within the same kind of ring.
    await page.locator('[data-measure-tool="circle"]').click();
    await drag(page, await toPage(page, COR, at(0, 0)), await toPage(page, COR, at(7, 0)));
    const circle = await check('circle');
    expect(Math.abs(circle.areaMm2! - Math.PI * 49)).toBeLessThanOrEqual(Math.PI * ((7 + hx) * (7 + hz) - (7 - hx) * (7 - hz)) / 2);

    // Sphere of radius 8 mm (inside L1, whose smallest semi-axis is 12 mm): a 3D ROI, 4/3·π·8³ mm³
    // ≈ 2.14 mL; its voxel-centre volume on the 0.78 × 0.78 × 2.5 mm grid within 5 %.
    await page.locator('[data-measure-tool="sphere"]').click();
    await drag(page, await toPage(page, COR, at(0, 0)), await toPage(page, COR, at(8, 0)));
    const sphere = await check('sphere');
    expect(Math.abs(sphere.volumeMl / ((4 / 3) * Math.PI * 512 / 1000) - 1)).toBeLessThanOrEqual(0.05);

    // While a measure tool is on, the MPR crosshair is shown only (a drawing started on its line
    // draws); with the tool off again, dragging the sagittal plane's line in the coronal view moves it.
    await page.locator('[data-measure-tool="sphere"]').click();
    const sagX = () => page.evaluate(() => window.caliper.debug.sample('mpr-sagittal', 100, 100).lps[0]);
    expect(Math.abs((await sagX()) - c[0])).toBeLessThan(0.01);
    await drag(page, await toPage(page, COR, at(0, 8)), await toPage(page, COR, at(10, 8)));
    await expect.poll(async () => Math.abs((await sagX()) - (c[0] + 10))).toBeLessThanOrEqual(2 * px);
    expect(await lesions(page)).toHaveLength(0);
  });
});
