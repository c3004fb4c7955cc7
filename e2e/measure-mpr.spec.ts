import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, test } from './support/test';
import { along, drag, goTo, latest, lesions, openFusion, openMpr, pixelMm, section, toPage, zoomAt } from './support/mpr';
import type { Dbg, Ellipsoid, V3 } from './support/mpr';
import { docShot } from './support/docShot';

// Issue 5: every measure tool works in the MPR (sagittal/coronal) views, drawn with the mouse on
// the demo CT and checked against the phantom's analytic ground truth (public/demo/truth).
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
interface Truth {
  grids: Record<'ct' | 'pet', { seriesInstanceUID: string }>;
  lesions: { id: string; shape: Ellipsoid; ct: { trueHU: number; volumeVoxelised_mL: number }; pet: { trueSUVbw: number; SUVmax_SUVbw: number } }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const lesion = (id: string) => truth!.lesions.find((l) => l.id === id)!;

const SAG = 'mpr-sagittal', COR = 'mpr-coronal', P: V3 = [0, 1, 0], S: V3 = [0, 0, 1], L: V3 = [1, 0, 0];

test.describe('measure tools in the MPR views', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('RECIST bidirectional in the sagittal view reads the true in-plane diameters within one pixel', async ({ page, pageErrors }) => {
    void pageErrors;
    const Lx = lesion('L1');
    const c = Lx.shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, SAG, c);
    await page.locator('[data-measure-tool="bidirectional"]').click();
    await zoomAt(page, SAG, c);
    // The sagittal plane through the centre is spanned by P (y) and S (z).
    const sec = section(Lx.shape, P, S);
    const longEnds = [along(c, sec.long, -sec.semiLong), along(c, sec.long, sec.semiLong)];
    const shortEnds = [along(c, sec.short, -sec.semiShort), along(c, sec.short, sec.semiShort)];
    const px = Math.max(await pixelMm(page, SAG, c, P), await pixelMm(page, SAG, c, S));
    await drag(page, await toPage(page, SAG, longEnds[0]), await toPage(page, SAG, longEnds[1]));
    await expect.poll(async () => (await lesions(page)).length).toBe(1);
    const id = (await lesions(page))[0].id;
    for (const target of shortEnds) {
      const pts = (await page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), id))!;
      const near = (p: number[]) => Math.hypot(p[1] - target[1], p[2] - target[2]);
      const handle = near(pts[2]) < near(pts[3]) ? pts[2] : pts[3];
      await drag(page, await toPage(page, SAG, handle as V3), await toPage(page, SAG, target));
    }
    await expect.poll(async () => {
      const r = await latest(page);
      return r ? Math.abs(r.linesMm[1] - 2 * sec.semiShort) : Infinity;
    }).toBeLessThanOrEqual(px);
    const r = (await latest(page))!;
    expect(Math.abs(r.linesMm[0] - 2 * sec.semiLong)).toBeLessThanOrEqual(px);
    // Drawn on the sagittal plane through the centre: every handle has the centre's x.
    const handles = (await page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), id))!;
    for (const p of handles) expect(Math.abs(p[0] - c[0])).toBeLessThan(0.01);
    expect((await lesions(page))[0].location).toBe(`Sagittal x ${c[0].toFixed(1)} mm`);
    // The live numbers sit next to the drawing in the sagittal view: at most 40 px from its box.
    const overlay = page.locator(`.measure-overlay[data-viewport-id="${SAG}"]`);
    await expect(overlay.locator('[data-key="long"]')).toContainText('mm');
    const ob = (await overlay.boundingBox())!, hp = await Promise.all(handles.map((p) => toPage(page, SAG, p as V3)));
    const [x0, x1, y0, y1] = [Math.min(...hp.map((q) => q[0])), Math.max(...hp.map((q) => q[0])), Math.min(...hp.map((q) => q[1])), Math.max(...hp.map((q) => q[1]))];
    expect(Math.max(0, ob.x - x1, x0 - (ob.x + ob.width))).toBeLessThanOrEqual(40);
    expect(Math.max(0, ob.y - y1, y0 - (ob.y + ob.height))).toBeLessThanOrEqual(40);
    await page.screenshot({ path: docShot('measure-mpr-sagittal-recist.png') });
  });

  test('an ellipse in the coronal view measures the true HU and its drawn area', async ({ page, pageErrors }) => {
    void pageErrors;
    const Lx = lesion('L1');
    const c = Lx.shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, COR, c);
    await page.locator('[data-measure-tool="ellipse"]').click();
    await zoomAt(page, COR, c);
    // The coronal section of L1 through its centre has semi-axes ≈ 17 × 12 mm (section(), L × S):
    // an 8 × 6 mm ellipse at the centre lies inside it. Cornerstone's ellipse is dragged from its
    // centre to a corner of its bounding box, which is aligned with the canvas (L and S here).
    await drag(page, await toPage(page, COR, c), await toPage(page, COR, [c[0] + 8, c[1], c[2] + 6]));
    await expect.poll(async () => (await latest(page))?.mean ?? null, { timeout: 30_000 }).not.toBeNull();
    const r = (await latest(page))!;
    expect(r.unit).toBe('HU');
    // CT noise is 2.5 HU (phantom config): over > 60 voxels the mean is within 1 HU of the truth.
    expect(r.voxelCount).toBeGreaterThan(60);
    expect(Math.abs(r.mean! - Lx.ct.trueHU)).toBeLessThanOrEqual(1);
    // Semi-axes actually drawn (handles are [bottom, top, left, right] in patient mm).
    const id = (await lesions(page))[0].id;
    const pts = (await page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), id))!;
    for (const p of pts) expect(Math.abs(p[1] - c[1])).toBeLessThan(0.01);
    const a = Math.hypot(pts[3][0] - pts[2][0], pts[3][2] - pts[2][2]) / 2;
    const b = Math.hypot(pts[1][0] - pts[0][0], pts[1][2] - pts[0][2]) / 2;
    const pxL = await pixelMm(page, COR, c, L), pxS = await pixelMm(page, COR, c, S);
    expect(Math.abs(a - 8)).toBeLessThanOrEqual(pxL);
    expect(Math.abs(b - 6)).toBeLessThanOrEqual(pxS);
    // The area is counted on the voxel grid (0.78 mm along L × 2.5 mm along S on a coronal
    // plane): it can differ from π·a·b only by the voxels cut by the outline, i.e. by at most the
    // ring between the ellipses grown and shrunk by half a voxel along each axis.
    const [hx, hz] = [0.78125 / 2, 2.5 / 2];
    const ring = Math.PI * ((a + hx) * (b + hz) - (a - hx) * (b - hz));
    expect(Math.abs(r.areaMm2! - Math.PI * a * b)).toBeLessThanOrEqual(ring / 2);
    expect((await lesions(page))[0].location).toBe(`Coronal y ${c[1].toFixed(1)} mm`);
    await page.screenshot({ path: docShot('measure-mpr-coronal-ellipse.png') });
  });

  for (const view of [COR, SAG]) {
    test(`click-to-grow in the ${view.replace('mpr-', '')} view gives the lesion's true volume within 5 %`, async ({ page, pageErrors }) => {
      void pageErrors;
      const Lx = lesion('L1');
      const c = Lx.shape.centre_mm;
      await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
      await goTo(page, view, c);
      await page.locator('[data-measure-tool="grow"]').click();
      const [x, y] = await toPage(page, view, c);
      await page.mouse.click(x, y);
      await expect(page.locator('.measure-grow')).toHaveAttribute('data-voxels', /\d+/, { timeout: 60_000 });
      await page.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(async () => (await latest(page))?.volumeMl ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
      const v = (await latest(page))!.volumeMl;
      expect(Math.abs(v / Lx.ct.volumeVoxelised_mL - 1)).toBeLessThanOrEqual(0.05);
      // Its auto-RECIST drawing lies on the axial slice where the engine found the long axis.
      const id = (await lesions(page))[0].id;
      const pts = (await page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), id))!;
      expect(pts.length).toBe(4);
      for (const p of pts) expect(p[2]).toBeCloseTo(pts[0][2], 6);
      await page.screenshot({ path: docShot(`measure-mpr-grow-${view.replace('mpr-', '')}.png`) });
    });
  }

  test('length and freehand in the sagittal view: true diameter, true HU and the drawn area', async ({ page, pageErrors }) => {
    void pageErrors;
    const Lx = lesion('L1');
    const c = Lx.shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, SAG, c);
    await page.locator('[data-measure-tool="length"]').click();
    await zoomAt(page, SAG, c);
    const sec = section(Lx.shape, P, S);
    const px = Math.max(await pixelMm(page, SAG, c, P), await pixelMm(page, SAG, c, S));
    // Length across the section's long axis (end points on the analytic surface).
    await drag(page, await toPage(page, SAG, along(c, sec.long, -sec.semiLong)), await toPage(page, SAG, along(c, sec.long, sec.semiLong)));
    await expect.poll(async () => (await latest(page))?.linesMm.length ?? 0).toBe(1);
    expect(Math.abs((await latest(page))!.linesMm[0] - 2 * sec.semiLong)).toBeLessThanOrEqual(px);
    expect((await lesions(page))[0].tool).toBe('length');

    // Freehand: a 12 × 12 mm square (P × S) around the centre, inside the ≈ 28 × 24 mm section.
    await page.locator('[data-measure-tool="freehand"]').click();
    const h = 6;
    const ring: V3[] = [[-h, -h], [h, -h], [h, h], [-h, h], [-h, -h]].map(([dy, dz]) => [c[0], c[1] + dy, c[2] + dz]);
    const corners = await Promise.all(ring.map((p) => toPage(page, SAG, p)));
    await page.mouse.move(...corners[0]);
    await page.mouse.down();
    for (const q of corners.slice(1)) await page.mouse.move(q[0], q[1], { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await lesions(page)).length).toBe(2);
    await expect.poll(async () => (await latest(page))?.mean ?? null, { timeout: 30_000 }).not.toBeNull();
    const r = (await latest(page))!;
    expect((await lesions(page)).at(-1)!.tool).toBe('freehand');
    expect(Math.abs(r.mean! - Lx.ct.trueHU)).toBeLessThanOrEqual(1);
    // Voxel-centre area on the sagittal grid (0.78 mm along P × 2.5 mm along S) of a square of
    // side 2h drawn to within a canvas pixel: off by at most half the ring between the squares
    // grown and shrunk by half a voxel (+ a pixel) along each axis.
    const [hy, hz] = [0.78125 / 2 + px, 2.5 / 2 + px];
    const band = ((2 * h + 2 * hy) * (2 * h + 2 * hz) - (2 * h - 2 * hy) * (2 * h - 2 * hz)) / 2;
    expect(Math.abs(r.areaMm2! - (2 * h) ** 2)).toBeLessThanOrEqual(band);
    await page.screenshot({ path: docShot('measure-mpr-sagittal-freehand.png') });
  });

  test('a brush stroke in the sagittal view is a lesion with the true HU', async ({ page, pageErrors }) => {
    void pageErrors;
    const Lx = lesion('L1');
    const c = Lx.shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, c);
    await goTo(page, SAG, c);
    // Make the sagittal view the active one (a click in its corner, away from the lesion and the crosshair).
    const box = (await page.locator(`.viewport-cell[data-viewport-id="${SAG}"]`).boundingBox())!;
    await page.mouse.click(box.x + box.width - 12, box.y + box.height - 60);
    await page.locator('[data-measure-tool="brush"]').click();
    await expect(page.locator('.measure-brush')).toHaveAttribute('data-brush-ready', SAG, { timeout: 60_000 });
    await zoomAt(page, SAG, c);
    await page.getByLabel('brush size').fill('4');
    // A stroke along the section's long axis, ±9 mm: the 4 mm brush stays inside the ≈ 28 × 24 mm section.
    const sec = section(Lx.shape, P, S);
    await drag(page, await toPage(page, SAG, along(c, sec.long, -9)), await toPage(page, SAG, along(c, sec.long, 9)));
    await expect.poll(async () => (await lesions(page)).length, { timeout: 20_000 }).toBe(1);
    expect((await lesions(page))[0].tool).toBe('brush');
    await expect.poll(async () => (await latest(page))?.volumeMl ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const r = (await latest(page))!;
    expect(r.voxelCount).toBeGreaterThan(30);
    expect(Math.abs(r.mean! - Lx.ct.trueHU)).toBeLessThanOrEqual(1);
    // Painted on one sagittal slice: its RECIST is measured in that plane (issue 18: short axis was 0 mm),
    // the 18 mm stroke plus the brush's width long, at least the brush wide (wider where the press painted its disc),
    // every end point on the sagittal plane.
    const recist = (r as unknown as { recist: { longMm: number; shortMm: number; long: V3[]; short: V3[] } }).recist;
    expect(recist.longMm).toBeGreaterThan(18);
    expect(recist.shortMm).toBeGreaterThanOrEqual(3);
    expect(recist.shortMm).toBeLessThan(recist.longMm / 2);
    for (const p of [...recist.long, ...recist.short]) expect(Math.abs(p[0] - c[0])).toBeLessThanOrEqual(0.8);
    await page.screenshot({ path: docShot('measure-mpr-sagittal-brush.png') });
  });

  test('undo/redo of a lesion drawn in the sagittal view; the lesion table jumps every MPR plane to it', async ({ page, pageErrors }) => {
    void pageErrors;
    const A = lesion('L1').shape.centre_mm, B = lesion('N1').shape.centre_mm;
    await openMpr(page, truth!.grids.ct.seriesInstanceUID, A);
    await goTo(page, SAG, A);
    await page.locator('[data-measure-tool="ellipse"]').click();
    await zoomAt(page, SAG, A);
    await drag(page, await toPage(page, SAG, A), await toPage(page, SAG, [A[0], A[1] + 8, A[2] + 6]));
    await expect.poll(async () => (await latest(page))?.areaMm2 ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    const drawn = (await latest(page))!;
    const idA = (await lesions(page))[0].id;
    const points = (uid: string) => page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), uid);
    const handles = await points(idA);
    const [undo, redo] = ['undo', 'redo'].map((name) => page.getByRole('button', { name }));
    await undo.click();
    await expect.poll(async () => (await lesions(page)).length).toBe(0);
    expect(await points(idA)).toBeNull();
    await redo.click();
    await expect.poll(async () => (await latest(page))?.areaMm2 ?? 0).toBe(drawn.areaMm2);
    expect((await latest(page))!.mean).toBe(drawn.mean);
    expect(await points(idA)).toEqual(handles);

    // A second lesion, a length across N1 in the coronal view.
    await goTo(page, COR, B);
    await page.locator('[data-measure-tool="length"]').click();
    await drag(page, await toPage(page, COR, [B[0] - 10, B[1], B[2]]), await toPage(page, COR, [B[0] + 10, B[1], B[2]]));
    await expect.poll(async () => (await lesions(page)).length).toBe(2);
    const idB = (await lesions(page)).find((l) => l.id !== idA)!.id;

    // Scroll every plane away with the mouse wheel, then jump back from the lesion table.
    const planeAt = async (vp: string) => {
      const box = (await page.locator(`.viewport-cell[data-viewport-id="${vp}"] canvas`).first().boundingBox())!;
      return page.evaluate(({ vp, x, y }) => window.caliper.debug.sample(vp, x, y).lps, { vp, x: box.width / 2, y: box.height / 2 });
    };
    for (const vp of ['mpr-axial', SAG, COR]) {
      const box = (await page.locator(`.viewport-cell[data-viewport-id="${vp}"]`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 120);
    }
    await expect.poll(async () => Math.abs((await planeAt(SAG))[0] - A[0])).toBeGreaterThan(3);
    // …and pan the zoomed sagittal view (middle drag) until the lesion is off its canvas.
    const sagBox = (await page.locator(`.viewport-cell[data-viewport-id="${SAG}"] canvas`).first().boundingBox())!;
    const onCanvas = async () => {
      const [x, y] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('mpr-sagittal', p), A);
      return x > 0 && y > 0 && x < sagBox.width && y < sagBox.height;
    };
    await page.mouse.move(sagBox.x + 20, sagBox.y + sagBox.height / 2);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(sagBox.x + sagBox.width - 20, sagBox.y + sagBox.height / 2, { steps: 10 });
    await page.mouse.up({ button: 'middle' });
    await expect.poll(onCanvas).toBe(false);
    const expectPlanes = async (p: V3) => {
      await expect.poll(async () => Math.abs((await planeAt(SAG))[0] - p[0])).toBeLessThan(0.01);
      await expect.poll(async () => Math.abs((await planeAt(COR))[1] - p[1])).toBeLessThan(0.01);
      await expect.poll(async () => Math.abs((await planeAt('mpr-axial'))[2] - p[2])).toBeLessThan(0.01);
    };
    await page.locator(`tr[data-lesion-id="${idA}"]`).click();
    // The jump goes to the ROI's centre as drawn: the middle of the ellipse's [bottom, top] handles.
    const mid = (p: number[], q: number[]): V3 => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2];
    await expectPlanes(mid(handles![0], handles![1]));
    // The lesion is back on screen in its own (zoomed, panned away) view.
    expect(await onCanvas()).toBe(true);
    // Its (restored) drawing is shown on its sagittal plane only, not where the other planes cross it.
    const drawing = (vp: string) => page.locator(`.viewport-cell[data-viewport-id="${vp}"] [data-id="${idA}-ellipse"]`);
    await expect(drawing(SAG)).toHaveCount(1);
    await expect(drawing('mpr-axial')).toHaveCount(0);
    await expect(drawing(COR)).toHaveCount(0);
    await page.screenshot({ path: docShot('measure-mpr-jump.png') });
    await page.locator(`tr[data-lesion-id="${idB}"]`).click();
    const seg = (await points(idB))!;
    await expectPlanes(mid(seg[0], seg[1]));
  });

  // The fusion layout shows the fused PET/CT on the axial plane only (there is no fused
  // sagittal/coronal view), so the fused ROI is drawn there.
  test('an ellipse on the fused PET/CT measures the PET (SUV) and the CT (HU) on the same voxels as the CLI', async ({ page, pageErrors }) => {
    void pageErrors;
    const Lx = lesion('L1');
    const c = Lx.shape.centre_mm;
    const { ct, pet } = { ct: truth!.grids.ct.seriesInstanceUID, pet: truth!.grids.pet.seriesInstanceUID }, FUSED = 'fusion-fused';
    await openFusion(page, ct, pet, c);
    await page.locator('[data-measure-tool="ellipse"]').click();
    await zoomAt(page, FUSED, c);
    // 10 × 8 mm (L × P) at the centre: inside L1's ≈ 20 × 13 mm axial section (the 4 mm PET
    // voxels under it are lesion voxels blurred by the PET resolution).
    await drag(page, await toPage(page, FUSED, c), await toPage(page, FUSED, [c[0] + 10, c[1] + 8, c[2]]));
    await expect.poll(async () => {
      const l = (await lesions(page))[0];
      return l ? Object.values(l.results).filter((r) => r && r.mean !== null).length : 0;
    }, { timeout: 60_000 }).toBe(2);
    const l = (await lesions(page))[0];
    const hu = l.results[ct]!, suv = l.results[pet]!;
    expect(hu.unit).toBe('HU');
    expect(suv.unit).toBe('SUVbw');
    expect(Math.abs(hu.mean! - Lx.ct.trueHU)).toBeLessThanOrEqual(1);
    // The lesion's hottest PET voxel lies under the ellipse: its SUVmax is the truth's.
    expect(suv.suv!.max).toBeCloseTo(Lx.pet.SUVmax_SUVbw, 3);
    // The same ellipse as a CLI ROI (`caliper measure --roi`) on each series: the same voxels and numbers.
    const h = (await page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), l.id))!;
    const centre = [0, 1, 2].map((d) => (h[0][d] + h[1][d]) / 2);
    for (const [uid, got, k] of [[ct, hu, Math.round((centre[2] + 300) / 2.5)], [pet, suv, Math.round((centre[2] + 300) / 4)]] as const) {
      const spec = { type: 'ellipse', sliceIndex: k, centerMm: centre, axisAMm: h[1], axisBMm: h[3] };
      const ref = await page.evaluate(({ spec, uid }) => (window.caliper.measure as (s: unknown, u: string) => Promise<{ voxelCount: number; mean: number }>)(spec, uid), { spec, uid });
      expect(got.voxelCount, uid).toBe(ref.voxelCount);
      expect(got.mean!, uid).toBeCloseTo(ref.mean, 9);
    }
    await page.screenshot({ path: docShot('measure-fusion-ellipse.png') });
  });
});
