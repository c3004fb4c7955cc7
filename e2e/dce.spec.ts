import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, openApp, sampleAt, test } from './support/test';
import { VP, goTo, toPage } from './support/adc';
import { DCE_DEMO } from '../packages/phantoms/src/dce/writeDceStudy';

// DCE in the viewer (issue 15): the demo breast DCE study's dynamic series recognised and opened as
// DCE (time source shown, phases on a slider), T10 from its VFA series, an ellipse drawn on the lesion
// with real pointer events: the time curve appears while drawing; the ROI-mean extended Tofts fit
// (Parker AIF, arrival detected) gives the truth's Ktrans/ve, a type III curve, and equals
// `caliper dce --roi` on the same ellipse.
const ROOT = resolve(import.meta.dirname, '..');
const TRUTH = join(DIST, 'demo', 'truth', 'dce.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  dynamicSeriesInstanceUID: string;
  vfaSeriesInstanceUID: string;
  acquisition: { originMm: V3; spacingMm: V3; flipAngleDeg: number; trMs: number };
  lesions: { centreMm: V3; t10Ms: number; ktransPerMin: number; ve: number; vp: number; curve: { type: string } }[];
}
const num = async (page: Page, key: string) => Number(await page.getByTestId(`dce-${key}`).first().getAttribute('data-value'));

test('DCE: dynamic series opened as DCE, ellipse on the lesion → live curve, Ktrans/ve ≈ truth, type III, = caliper dce --roi', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!hasDemo, 'public/demo not generated');
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
  const L = truth.lesions[0], a = truth.acquisition;
  await openApp(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator(`.series-item[data-series-uid="${truth.dynamicSeriesInstanceUID}"] .series-open`).click();
  await page.getByTestId('dce-open').click();
  await expect(page.getByTestId('dce-time-source')).toContainText('36 phases · times from TriggerTime (0018,1060)', { timeout: 60_000 });
  // Phase 1 shown as stored: the lesion's pre-contrast SPGR signal (M0 sin α (1 − E10)/(1 − cos α E10)).
  await page.getByTestId('dce-phase').fill('0');
  await expect(page.getByTestId('dce-phase-label')).toContainText('1/36 · 0.0 s');
  await goTo(page, L.centreMm);
  const e10 = Math.exp(-a.trMs / L.t10Ms), al = (a.flipAngleDeg * Math.PI) / 180;
  const s0 = Math.round((DCE_DEMO.m0 * Math.sin(al) * (1 - e10)) / (1 - Math.cos(al) * e10));
  await expect.poll(async () => (await sampleAt(page, VP, L.centreMm)).value, { timeout: 20_000 }).toBe(s0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('>');
  await expect(page.getByTestId('dce-phase-label')).toContainText('2/36 · 7.0 s');
  await page.getByTestId('dce-phase').fill('12');
  // T10 from the study's VFA series.
  await page.getByTestId('dce-t10').selectOption(truth.vfaSeriesInstanceUID);
  await expect(page.getByTestId('dce-t10-note')).toContainText('VFA 2/5/10/15°', { timeout: 30_000 });
  // An ellipse inside the lesion (semi-axes 10 × 7 mm), drawn with the pointer: the curve shows before the button is up.
  await page.locator('[data-measure-tool="ellipse"]').click();
  const from = await toPage(page, L.centreMm);
  const to = await toPage(page, [L.centreMm[0] + 10, L.centreMm[1] + 7, L.centreMm[2]]);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await expect(page.getByTestId('dce-chart')).toBeVisible({ timeout: 20_000 });
  await page.mouse.up();
  // The same ellipse through `caliper dce --roi` (VFA, Parker, etofts), run while the panel settles: the panel's numbers.
  await expect.poll(() => page.evaluate(() => (window.caliper.dce as { results(): { shape?: unknown }[] }).results()[0]?.shape !== undefined), { timeout: 20_000 }).toBe(true);
  const shape = await page.evaluate(() => (window.caliper.dce as { results(): { shape: { center: V3; axisA: V3; axisB: V3 } }[] }).results()[0].shape);
  const k = Math.round((shape.center[2] - a.originMm[2]) / a.spacingMm[2]);
  const dir = mkdtempSync(join(tmpdir(), 'caliper-dce-e2e-'));
  const roi = join(dir, 'ellipse.json');
  writeFileSync(roi, JSON.stringify({ type: 'ellipse', sliceIndex: k, centerMm: shape.center, axisAMm: shape.axisA, axisBMm: shape.axisB }));
  const demo = join(DIST, 'demo', 'dce');
  const cliRun = promisify(execFile)('pnpm', ['--silent', 'caliper', 'dce', join(demo, 'dynamic'), '--vfa', join(demo, 'vfa'), '--roi', roi, '--model', 'etofts', '--json'], { cwd: ROOT, encoding: 'utf8' });
  await expect(page.getByTestId('dce-type')).toHaveAttribute('data-value', 'III', { timeout: 30_000 });
  // The settled result (arrival detected on the final ROI).
  await expect.poll(() => page.evaluate(() => (window.caliper.dce as { results(): { result?: { bolusArrivalMethod: string } }[] }).results()[0]?.result?.bolusArrivalMethod ?? ''), { timeout: 20_000 }).toMatch(/^detected/);
  const ktrans = await num(page, 'ktrans'), ve = await num(page, 've');
  expect(Math.abs(ktrans / L.ktransPerMin - 1), `Ktrans ${ktrans} /min`).toBeLessThanOrEqual(0.05);
  expect(Math.abs(ve / L.ve - 1), `ve ${ve}`).toBeLessThanOrEqual(0.05);
  expect(L.curve.type).toBe('III');
  await page.getByTestId('dce-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('dce-view.png') });

  const r = await page.evaluate(() => (window.caliper.dce as { results(): { result: { ktransPerMin: number; ve: number; vp: number; bolusArrivalS: number; voxelCount: number } }[] }).results()[0]);
  const cli = JSON.parse((await cliRun).stdout);
  const m = cli.rois[0];
  expect(m.voxelCount).toBe(r.result.voxelCount);
  expect(Math.abs(cli.bolusArrivalS - r.result.bolusArrivalS)).toBeLessThan(0.01);
  expect(m.meanFit.ktransPerMin).toBeCloseTo(r.result.ktransPerMin, 4);
  expect(m.meanFit.ve).toBeCloseTo(r.result.ve, 4);
  expect(m.meanFit.vp).toBeCloseTo(r.result.vp, 4);
  expect(m.curve.type).toBe('III');
});
