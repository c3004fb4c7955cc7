import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { goTo, toPage, type V3 } from './support/mpr';
import { expect, openApp, test } from './support/test';

// Issue 12, "Navigation that agrees with itself": slice numbers, wheel direction, cursor readout,
// orientation markers, scale bar, fit of sagittal/coronal, patient block, series → viewport by
// click and by drag, diffusion b-value. Real pointer events on the demo studies (public/demo).
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const MANIFEST = join(DIST, 'demo', 'manifest.json');
const hasDemo = existsSync(TRUTH) && existsSync(MANIFEST);
interface Grid { seriesInstanceUID: string; geometry: { dimensions: V3; origin: V3; spacing: V3 } }
const truth = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as { grids: Record<'ct' | 'pet' | 'mr', Grid> }) : null;
interface ManifestSeries { seriesInstanceUID: string; modality: string; seriesDescription: string }
const baseline = hasDemo ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { studies: { series: ManifestSeries[] }[] }).studies[0].series : [];
const uidOf = (description: RegExp) => baseline.find((s) => description.test(s.seriesDescription))!.seriesInstanceUID;

const CT = () => truth!.grids.ct;
/** Patient point (LPS mm) of a CT voxel centre. */
const ctLps = (i: number, j: number, k: number): V3 => {
  const { origin, spacing } = CT().geometry;
  return [origin[0] + i * spacing[0], origin[1] + j * spacing[1], origin[2] + k * spacing[2]];
};
// A voxel inside the body (near lesion L1), off the volume centre in all three axes.
const VOXEL: V3 = [150, 220, 88];
const P = ctLps(...VOXEL);

const grid = (page: Page) => page.locator('.viewport-grid');
const cell = (page: Page, vp: string) => page.locator(`.viewport-cell[data-viewport-id="${vp}"]`);
async function sliceOf(page: Page, vp: string): Promise<number> {
  return Number(await page.getByTestId(`slice-${vp}`).getAttribute('data-slice'));
}
/** The overlay's "Pos … mm" of a viewport (slice location along the view's major axis). */
async function posOf(page: Page, vp: string): Promise<number> {
  const text = (await page.getByTestId(`overlay-${vp}`).locator('.bl').innerText()).match(/Pos (-?[\d.]+) mm/);
  return Number(text![1]);
}
async function markers(page: Page, vp: string) {
  const m: Record<string, string> = {};
  for (const edge of ['top', 'bottom', 'left', 'right']) m[edge] = await page.getByTestId(`marker-${edge}-${vp}`).innerText();
  return m;
}
/** Moves the mouse over a viewport's centre and turns the wheel one notch (deltaY > 0 = down). */
async function wheel(page: Page, vp: string, deltaY: number) {
  const box = (await cell(page, vp).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, deltaY);
}
/** Wheel notches until a viewport shows `target` (one notch at a time, each checked). */
async function wheelTo(page: Page, vp: string, target: number) {
  for (let n = await sliceOf(page, vp); n !== target; n = await sliceOf(page, vp)) {
    await wheel(page, vp, n < target ? 100 : -100);
    await expect.poll(() => sliceOf(page, vp)).toBe(n < target ? n + 1 : n - 1);
  }
}

/**
 * Whole extent: the canvas edges lie outside the volume, its centre inside, and the volume fills
 * most of one dimension (fitted, not shrunk).
 */
async function expectWholeExtent(page: Page, vps: readonly string[]) {
  for (const vp of vps) {
    const box = (await cell(page, vp).locator('canvas').first().boundingBox())!;
    const inside = (x: number, y: number) => page.evaluate(({ vp, x, y }) => window.caliper.debug.sample(vp, x, y).inside, { vp, x, y });
    const { width: w, height: h } = box;
    for (const [x, y] of [[w / 2, 1], [w / 2, h - 2], [1, h / 2], [w - 2, h / 2]]) expect(await inside(x, y), `${vp} edge ${x},${y}`).toBe(false);
    expect(await inside(w / 2, h / 2)).toBe(true);
    const fillsHeight = (await inside(w / 2, h * 0.06)) && (await inside(w / 2, h * 0.94));
    const fillsWidth = (await inside(w * 0.06, h / 2)) && (await inside(w * 0.94, h / 2));
    expect(fillsHeight || fillsWidth, `${vp} fitted`).toBe(true);
  }
}

async function openDemoCt(page: Page) {
  await openApp(page);
  expect(await page.evaluate(() => window.caliper.debug.loadManifest('./demo/manifest.json'))).toBe(true);
  await page.evaluate((uid) => window.caliper.open(uid), CT().seriesInstanceUID);
  await expect.poll(() => sliceOf(page, 'vp-0')).toBe(76); // middle image of 150
}
async function switchToMpr(page: Page) {
  await page.getByTestId('layout-mpr').click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['mpr-axial', 'mpr-sagittal', 'mpr-coronal']);
  await expect.poll(async () => {
    await goTo(page, 'mpr-sagittal', P);
    const [x, y] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('mpr-sagittal', p), P);
    return page.evaluate(({ x, y }) => window.caliper.debug.sample('mpr-sagittal', x, y).value, { x, y });
  }, { timeout: 90_000 }).not.toBeNull();
}

test.describe('navigation that agrees with itself', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run demo` before building)');
  // Whole CT (512² × 150) and PET volumes load in several of these journeys: on a shared 2-core
  // machine with software WebGL that can take longer than the default two minutes.
  test.describe.configure({ timeout: 240_000 });

  test('one slice number in stack, MPR and fusion; the wheel moves the same way; the readout shows the voxel index', async ({ page, pageErrors }) => {
    void pageErrors;
    await openDemoCt(page);
    // Stack: wheel down raises the slice number and moves superior (+S).
    const pos0 = await posOf(page, 'vp-0');
    await wheel(page, 'vp-0', 100);
    await expect.poll(() => sliceOf(page, 'vp-0')).toBe(77);
    const stackStep = (await posOf(page, 'vp-0')) - pos0;
    expect(stackStep).toBeCloseTo(2.5, 3);
    await wheelTo(page, 'vp-0', VOXEL[2] + 1);
    // Readout under the mouse: the voxel (i, j, k) with k = slice number − 1.
    const at = await toPage(page, 'vp-0', P);
    await page.mouse.move(at[0], at[1]);
    await expect(page.getByTestId('readout-ijk')).toHaveAttribute('data-ijk', VOXEL.join(','));
    await expect(page.getByTestId('readout')).toContainText('HU');
    // The cursor stays, the wheel turns: the readout follows the shown slice.
    await page.mouse.wheel(0, 100);
    await expect.poll(() => sliceOf(page, 'vp-0')).toBe(VOXEL[2] + 2);
    await expect(page.getByTestId('readout-ijk')).toHaveAttribute('data-ijk', [VOXEL[0], VOXEL[1], VOXEL[2] + 1].join(','));
    await page.mouse.wheel(0, -100);
    await expect(page.getByTestId('readout-ijk')).toHaveAttribute('data-ijk', VOXEL.join(','));
    // It clears when the cursor leaves the image (off the viewport, onto the sidebar).
    await page.mouse.move(20, 300);
    await expect(page.getByTestId('readout')).toHaveCount(0);

    // MPR: the same plane has the same number; sagittal counts i, coronal j.
    await switchToMpr(page);
    for (const vp of ['mpr-axial', 'mpr-sagittal', 'mpr-coronal']) await goTo(page, vp, P);
    await expect.poll(() => sliceOf(page, 'mpr-axial')).toBe(VOXEL[2] + 1);
    await expect.poll(() => sliceOf(page, 'mpr-sagittal')).toBe(VOXEL[0] + 1);
    await expect.poll(() => sliceOf(page, 'mpr-coronal')).toBe(VOXEL[1] + 1);
    expect(await page.getByTestId('slice-mpr-axial').getAttribute('data-count')).toBe('150');
    expect(await page.getByTestId('slice-mpr-sagittal').getAttribute('data-count')).toBe('512');
    // A reformatted plane is one voxel thick along the axis it counts.
    await expect(page.getByTestId('overlay-mpr-axial')).toContainText('Thk 2.5 mm');
    await expect(page.getByTestId('overlay-mpr-sagittal')).toContainText('Thk 0.8 mm');
    // The readout in the sagittal view names the same voxel; it clears on leaving.
    const sag = await toPage(page, 'mpr-sagittal', P);
    await page.mouse.move(sag[0], sag[1]);
    await expect(page.getByTestId('readout-ijk')).toHaveAttribute('data-ijk', VOXEL.join(','));
    await page.mouse.move(20, 300);
    await expect(page.getByTestId('readout')).toHaveCount(0);
    // Wheel down in every MPR view raises its number: axial moves +S like the stack, sagittal +L, coronal +P.
    for (const [vp, axis] of [['mpr-axial', 2], ['mpr-sagittal', 0], ['mpr-coronal', 1]] as const) {
      const n = await sliceOf(page, vp);
      const before = await posOf(page, vp);
      await wheel(page, vp, 100);
      await expect.poll(() => sliceOf(page, vp), vp).toBe(n + 1);
      const step = (await posOf(page, vp)) - before;
      // Pos is shown to 0.1 mm.
      expect(Math.abs(step - CT().geometry.spacing[axis]), `${vp} step ${step} mm`).toBeLessThanOrEqual(0.11);
    }
    expect(Math.sign(stackStep)).toBe(1);

    // Fusion: CT and fused views at the same plane show the same number as the stack did.
    await page.getByTestId('layout-fusion').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports()), { timeout: 60_000 }).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
    await expect.poll(async () => {
      await goTo(page, 'fusion-ct', P);
      await goTo(page, 'fusion-fused', P);
      return [await sliceOf(page, 'fusion-ct'), await sliceOf(page, 'fusion-fused')];
    }, { timeout: 90_000 }).toEqual([VOXEL[2] + 1, VOXEL[2] + 1]);
    const n = await sliceOf(page, 'fusion-fused');
    await wheel(page, 'fusion-fused', 100);
    await expect.poll(() => sliceOf(page, 'fusion-fused')).toBe(n + 1);
  });

  test('orientation markers, scale bar, active frame; sagittal and coronal show the whole body; the patient block once', async ({ page, pageErrors }) => {
    void pageErrors;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openDemoCt(page);
    expect(await markers(page, 'vp-0')).toEqual({ top: 'A', bottom: 'P', left: 'R', right: 'L' });
    // The scale bar is as long on screen as its millimetres are.
    const bar = page.getByTestId('scale-bar-vp-0');
    const mm = Number(await bar.getAttribute('data-mm'));
    const barPx = (await bar.locator('.scale-bar-line').boundingBox())!.width;
    const [x0] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('vp-0', p), P);
    const [x1] = await page.evaluate(({ p, mm }) => window.caliper.debug.worldToCanvas('vp-0', [p[0] + mm, p[1], p[2]]), { p: P, mm });
    expect(Math.abs(barPx - (x1 - x0))).toBeLessThanOrEqual(1.5);
    await expect(bar).toContainText(mm >= 100 ? `${mm / 10} cm` : `${mm} mm`);

    await switchToMpr(page);
    expect(await markers(page, 'mpr-axial')).toEqual({ top: 'A', bottom: 'P', left: 'R', right: 'L' });
    expect(await markers(page, 'mpr-sagittal')).toEqual({ top: 'S', bottom: 'I', left: 'A', right: 'P' });
    expect(await markers(page, 'mpr-coronal')).toEqual({ top: 'S', bottom: 'I', left: 'R', right: 'L' });
    for (const vp of ['mpr-axial', 'mpr-sagittal', 'mpr-coronal']) await expect(page.getByTestId(`scale-bar-${vp}`)).toBeVisible();
    await expectWholeExtent(page, ['mpr-sagittal', 'mpr-coronal']);
    // The patient's name once in the grid (first viewport), not over every pane.
    const name = 'CALIPER, Phantom';
    await expect(grid(page).getByText(name)).toHaveCount(1);
    await expect(page.getByTestId('overlay-mpr-axial').getByTestId('patient-block')).toContainText(name);
    // The active viewport is framed: a click makes the coronal the active one.
    await cell(page, 'mpr-coronal').click({ position: { x: 30, y: 30 } });
    await expect(cell(page, 'mpr-coronal')).toHaveClass(/\bactive\b/);
    await expect(cell(page, 'mpr-axial')).not.toHaveClass(/\bactive\b/);
    const frame = await cell(page, 'mpr-coronal').evaluate((el) => getComputedStyle(el, '::after').borderTopWidth);
    expect(frame).toBe('2px');
    await page.screenshot({ path: test.info().outputPath('mpr-1920.png') });
    // A smaller screen: the panes shrink and are fitted again.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => (await cell(page, 'mpr-sagittal').locator('canvas').first().boundingBox())!.height).toBeLessThan(400);
    await expect.poll(async () => {
      try {
        await expectWholeExtent(page, ['mpr-sagittal', 'mpr-coronal']);
        return true;
      } catch {
        return false;
      }
    }).toBe(true);
    await page.screenshot({ path: test.info().outputPath('mpr-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });

    // Fusion: markers on the PET MIP (coronal) too.
    await page.getByTestId('layout-fusion').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports()), { timeout: 60_000 }).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
    await expect.poll(() => markers(page, 'fusion-mip'), { timeout: 60_000 }).toEqual({ top: 'S', bottom: 'I', left: 'R', right: 'L' });
    expect(await markers(page, 'fusion-fused')).toEqual({ top: 'A', bottom: 'P', left: 'R', right: 'L' });
    // The MIP's slab spans the volume: it says so (with its angle) instead of a slice number.
    await expect(page.getByTestId('slice-fusion-mip')).toHaveText(/^MIP \d+° · /);
    await expect(grid(page).getByText(name)).toHaveCount(1);
    // …in the fused pane (top right of the PET/CT 2×2).
    await expect(page.getByTestId('overlay-fusion-fused').getByTestId('patient-block')).toContainText(name);
    await expectWholeExtent(page, ['fusion-mip']);
    await page.screenshot({ path: test.info().outputPath('fusion-1920.png') });
  });

  test('a clicked series opens in the active viewport; a thumbnail dragged onto viewport 3 opens there', async ({ page, pageErrors }) => {
    void pageErrors;
    await openDemoCt(page);
    await page.getByTestId('layout-1x2').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['vp-0', 'vp-1']);
    // Make viewport 2 active with a real click, then click a series in the browser.
    await cell(page, 'vp-1').click({ position: { x: 40, y: 40 } });
    await expect(cell(page, 'vp-1')).toHaveClass(/\bactive\b/);
    const t2 = uidOf(/^T2/);
    await page.locator(`.series-item[data-series-uid="${t2}"] .series-open`).click();
    await expect(page.getByTestId('overlay-vp-1')).toContainText('T2 TSE axial');
    await expect(page.getByTestId('overlay-vp-0')).toContainText('CT chest/abdomen');
    await expect(cell(page, 'vp-1')).toHaveClass(/\bactive\b/);
    // 2×2: drag the PET thumbnail onto viewport 3 (HTML5 drag and drop with the mouse).
    await page.getByTestId('layout-2x2').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports().length)).toBe(4);
    const pet = uidOf(/^PET/);
    await page.getByTestId(`series-thumb-${pet}`).dragTo(cell(page, 'vp-2'));
    await expect(page.getByTestId('overlay-vp-2')).toContainText('PET FDG', { timeout: 30_000 });
    // Shown once its headers are read (SUV factors): the middle of 94 images.
    await expect.poll(() => sliceOf(page, 'vp-2'), { timeout: 60_000 }).toBe(48);
    await expect(cell(page, 'vp-2')).toHaveClass(/\bactive\b/);
    await expect(page.getByTestId('overlay-vp-0')).toContainText('CT chest/abdomen');
    await expect(page.getByTestId('overlay-vp-1')).toContainText('T2 TSE axial');
    // Four panes of one patient: the name once.
    await expect(grid(page).getByText('CALIPER, Phantom')).toHaveCount(1);
    expect(await markers(page, 'vp-2')).toEqual({ top: 'A', bottom: 'P', left: 'R', right: 'L' });
    await page.screenshot({ path: test.info().outputPath('2x2.png') });
    // Prior | current (two studies of the patient): the patient block once, on the prior; the
    // current pane names its own study date.
    await page.getByTestId('compare-open').click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports()), { timeout: 60_000 }).toEqual(['cmp-prior', 'cmp-current']);
    await expect(page.getByTestId('overlay-cmp-current')).toContainText('CT chest/abdomen', { timeout: 60_000 });
    await expect(page.getByTestId('overlay-cmp-prior').getByTestId('patient-block')).toContainText('CALIPER, Phantom');
    await expect(grid(page).getByText('CALIPER, Phantom')).toHaveCount(1);
    await expect(page.getByTestId('study-date-cmp-current')).toHaveText(/^2026-\d\d-\d\d$/);
    const dates = [await page.getByTestId('overlay-cmp-prior').getByTestId('patient-block').innerText(), await page.getByTestId('study-date-cmp-current').innerText()];
    expect(dates[0]).not.toContain(dates[1]);
    await page.screenshot({ path: test.info().outputPath('compare.png') });
  });

  test('a diffusion image shows its b-value in the overlay', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    expect(await page.evaluate(() => window.caliper.debug.loadManifest('./demo/manifest.json'))).toBe(true);
    const dwi = uidOf(/^DWI/);
    await page.evaluate((uid) => window.caliper.open(uid), dwi);
    // The middle image of b 0/50/400/800 × 48 slices is the first b = 400 image (DiffusionBValue (0018,9087)).
    await expect(page.getByTestId('b-value-vp-0')).toHaveText('b = 400 s/mm²');
    await wheel(page, 'vp-0', -100);
    await expect(page.getByTestId('b-value-vp-0')).toHaveText('b = 50 s/mm²');
    await page.evaluate(() => window.caliper.debug.scroll('vp-0', 49));
    await expect(page.getByTestId('b-value-vp-0')).toHaveText('b = 800 s/mm²');
    // A CT has none.
    await page.evaluate((uid) => window.caliper.open(uid), CT().seriesInstanceUID);
    await expect(page.getByTestId('overlay-vp-0')).toContainText('CT chest/abdomen');
    await expect(page.getByTestId('b-value-vp-0')).toHaveCount(0);
  });
});
