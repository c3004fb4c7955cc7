import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, openApp, sampleAt, test } from './support/test';
import { VP, dicomParser, goTo, lesions, toPage } from './support/adc';
import { docShot } from './support/docShot';

// DCE parametric maps (issue 15): the demo breast DCE study's dynamic series fitted voxel by voxel on
// the browser worker pool (progress shown), the Ktrans map listed as a series with its colour bar,
// read out and measured with an ellipse in /min against the phantom's truth, exported as a DICOM
// Parametric Map.
const TRUTH = join(DIST, 'demo', 'truth', 'dce.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  dynamicSeriesInstanceUID: string;
  vfaSeriesInstanceUID: string;
  acquisition: { bolusArrivalS: number };
  lesions: { centreMm: V3; t10Ms: number; ktransPerMin: number }[];
}

/** The demo DCE study's truth, its dynamic series opened (the maps panel shows), its first lesion. */
async function openDynamicSeries(page: Page) {
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
  const dyn = truth.dynamicSeriesInstanceUID;
  await openApp(page);
  await page.locator(`.series-item[data-series-uid="${dyn}"] .series-open`).click();
  return { truth, dyn, L: truth.lesions[0], panel: page.getByTestId('dce-maps-panel') };
}

test('DCE maps: computed with progress on the worker pool, Ktrans shown with its colour bar, read out and measured in /min ≈ truth, exported as a Parametric Map', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!hasDemo, 'public/demo not generated');
  const { truth, dyn, L, panel } = await openDynamicSeries(page);
  await panel.getByLabel('T10 (ms)').fill(String(L.t10Ms));
  await panel.getByLabel('Bolus arrival (s)').fill(String(truth.acquisition.bolusArrivalS));
  await page.getByTestId('dce-maps-compute').click();
  await expect(page.getByTestId('dce-maps-progress')).toBeVisible();
  await expect(page.getByTestId('dce-maps-result')).toContainText('Ktrans', { timeout: 90_000 });
  // Listed in the study browser; opened, its colour bar gives the unit.
  const ktrans = `${dyn}.861`;
  await page.locator(`.series-item[data-series-uid="${ktrans}"] .series-open`).click();
  await expect(page.getByTestId('dce-colorbar')).toContainText('/min');
  await goTo(page, L.centreMm);
  await expect.poll(async () => (await sampleAt(page, VP, L.centreMm)).unit, { timeout: 30_000 }).toBe('/min');
  const s = await sampleAt(page, VP, L.centreMm);
  expect(Math.abs(s.value! / L.ktransPerMin - 1), `Ktrans ${s.value} /min at the lesion centre`).toBeLessThanOrEqual(0.05);
  expect(s.rgba[0] + s.rgba[1] + s.rgba[2], 'a colour, not black').toBeGreaterThan(0);
  await page.mouse.move(...(await toPage(page, L.centreMm)));
  await expect(page.getByTestId('readout')).toContainText('/min');
  // An ellipse inside the lesion: its mean Ktrans from the measure engine, in /min.
  await page.locator('[data-measure-tool="ellipse"]').click();
  const from = await toPage(page, L.centreMm);
  const to = await toPage(page, [L.centreMm[0] + 8, L.centreMm[1] + 6, L.centreMm[2]]);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await lesions(page))[0]?.results[ktrans]?.mean ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  const r = (await lesions(page))[0].results[ktrans]!;
  expect(r.unit).toBe('/min');
  expect(Math.abs(r.mean! / L.ktransPerMin - 1), `ellipse mean Ktrans ${r.mean} /min`).toBeLessThanOrEqual(0.05);
  await page.screenshot({ path: docShot('dce-maps-ktrans.png') });
  // Export: the Ktrans Parametric Map, a toast naming the file.
  const download = page.waitForEvent('download');
  await page.getByTestId('dce-maps-pm-Ktrans').click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^KTRANS_S\d+\.pm\.dcm$/);
  const ds = dicomParser.parseDicom(new Uint8Array(readFileSync((await d.path())!)));
  expect(ds.string('x00080016')).toBe('1.2.840.10008.5.1.4.1.1.30');
  await expect(page.getByText(`Saved ${d.suggestedFilename()}`)).toBeVisible();
  // Overlay on anatomy: Ktrans in colour over the dynamic series' own image at the lesion, transparent outside the body.
  await page.getByTestId('dce-maps-overlay').selectOption('ktrans');
  await page.locator(`.series-item[data-series-uid="${dyn}"] .series-open`).click();
  await goTo(page, L.centreMm);
  const overlayAt = (p: V3) => page.evaluate(({ p, vp }) => {
    const c = document.querySelector<HTMLCanvasElement>(`.viewport-cell[data-viewport-id="${vp}"] canvas.dce-map-overlay`);
    if (!c) return null;
    const [x, y] = window.caliper.debug.worldToCanvas(vp, p).map((v) => Math.round(v * (window.devicePixelRatio || 1)));
    return [...c.getContext('2d')!.getImageData(x, y, 1, 1).data];
  }, { p, vp: VP });
  await expect.poll(async () => (await overlayAt(L.centreMm))?.[3] ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
  const [red, green, blue] = (await overlayAt(L.centreMm))!;
  // 0.6 of the 0–1 /min window in the jet map: yellow.
  expect(Math.min(red, green), `overlay ${red},${green},${blue}`).toBeGreaterThan(150);
  expect(blue, `overlay ${red},${green},${blue}`).toBeLessThan(100);
  expect((await overlayAt([-125, -125, L.centreMm[2]]))?.[3]).toBe(0);
  // Under the overlay, the anatomy is grey again (the map's colour map left the viewport with the map).
  const anatomy = await sampleAt(page, VP, [-60, 40, L.centreMm[2]]);
  expect(anatomy.rgba[0], `anatomy drawn ${anatomy.rgba.join(',')}`).toBe(anatomy.rgba[2]);
  await page.screenshot({ path: docShot('dce-maps-overlay.png') });
});

test('DCE maps with T10 from the study\'s VFA series: the T1 map is listed as a series (ms, T1 quantity) beside Ktrans, both ≈ truth at the lesion', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!hasDemo, 'public/demo not generated');
  const { truth, dyn, L, panel } = await openDynamicSeries(page);
  await page.getByTestId('dce-maps-t10-source').selectOption(truth.vfaSeriesInstanceUID);
  await panel.getByLabel('Bolus arrival (s)').fill(String(truth.acquisition.bolusArrivalS));
  await page.getByTestId('dce-maps-compute').click();
  await expect(page.getByTestId('dce-maps-result')).toContainText('T1 map', { timeout: 120_000 });
  const t1 = `${dyn}.8614`;
  const row = page.locator(`.series-item[data-series-uid="${t1}"]`);
  await expect(row).toContainText('T1 map ms');
  await row.locator('.series-open').click();
  await goTo(page, L.centreMm);
  await expect.poll(async () => (await sampleAt(page, VP, L.centreMm)).unit, { timeout: 30_000 }).toBe('ms');
  const s = await sampleAt(page, VP, L.centreMm);
  expect(Math.abs(s.value! / L.t10Ms - 1), `T10 ${s.value} ms at the lesion centre (truth ${L.t10Ms})`).toBeLessThanOrEqual(0.1);
  // Ktrans from the per-voxel T10 at the lesion centre.
  await page.locator(`.series-item[data-series-uid="${dyn}.861"] .series-open`).click();
  await goTo(page, L.centreMm);
  await expect.poll(async () => (await sampleAt(page, VP, L.centreMm)).unit, { timeout: 30_000 }).toBe('/min');
  const kt = (await sampleAt(page, VP, L.centreMm)).value!;
  expect(Math.abs(kt / L.ktransPerMin - 1), `Ktrans ${kt} /min with the VFA T10`).toBeLessThanOrEqual(0.1);
  // Exported as a Parametric Map whose quantity is T1 (DCM 113063) in ms.
  const download = page.waitForEvent('download');
  await page.getByTestId('dce-maps-pm-T1 map').click();
  const d = await download;
  const ds = dicomParser.parseDicom(new Uint8Array(readFileSync((await d.path())!)));
  const rwvm = ds.elements.x52009229.items![0].dataSet!.elements.x00409096.items![0].dataSet!;
  expect(rwvm.elements.x004008ea.items![0].dataSet!.string('x00080100')).toBe('ms');
  expect(rwvm.elements.x00409220.items![0].dataSet!.elements.x0040a168.items![0].dataSet!.string('x00080100')).toBe('113063');
});
