import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADC_BACKGROUND_UM2S, ADC_LESION, BROKEN_DWI_SERIES_UID, SINGLE_B_SERIES_UID, STORED_ADC_SERIES_UID, adcLps, writeAdcStudy } from './fixtures/adcStudy';
import { DIST } from './support/globalSetup';
import { expect, expectedGreyLinear, openApp, sampleAt, test } from './support/test';
import { ADC_UNIT, VP, drawEllipseOnMap, drawnGrey, goTo, lesions, openAdcMap, toPage, withoutElement } from './support/adc';
import { docShot } from './support/docShot';

// ADC maps as series (issue 5): Caliper's fit of the demo DWI listed in the study browser, drawn,
// read out and measured in 10^-3 mm2/s against the phantom's truth; a stored scanner ADC map served
// through a static manifest reads out in ADC units; a single-b DWI gets no derived map.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  studyInstanceUID: string;
  lesions: { id: string; shape: { centre_mm: V3 }; mr: { trueADC_1e3mm2s: number; meanFittedADC_1e3mm2s: number } | null }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const ADC_STUDY_URL = './__e2e_adc__/manifest.json';

test.describe('ADC maps as series', () => {
  test.beforeAll(() => writeAdcStudy(join(DIST, '__e2e_adc__')));

  test('the demo DWI lists its fitted ADC map; opened with the mouse it is drawn (window 0–3) and read out in 10^-3 mm2/s at a lesion, in stack and MPR', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const { adc } = await openAdcMap(page);
    const c = L.shape.centre_mm;
    await goTo(page, c);
    const s = await sampleAt(page, VP, c);
    expect(s.unit).toBe(ADC_UNIT);
    // One voxel of the fitted map (Rician noise σ = 6 on every b-image): within 10 % of the true ADC.
    expect(Math.abs(s.value! / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.1);
    // Drawn grey = linear map of the default ADC window [0, 3].
    expect(Math.abs(s.rgba[0] - expectedGreyLinear(s.value!, 0, 3)), `drawn ${s.rgba[0]} for ADC ${s.value}`).toBeLessThanOrEqual(3);
    // The cursor readout over the lesion gives the same value with its unit.
    const [x, y] = await toPage(page, c);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('readout')).toContainText(`${s.value!.toFixed(3)} ${ADC_UNIT}`);
    await expect(page.getByTestId('readout')).toHaveAttribute('title', /ADC/);
    await page.screenshot({ path: docShot('adc-map-stack.png') });
    // MPR of the derived series (a Cornerstone volume of caliper-derived: images) samples the same voxel.
    await page.locator(`.series-item[data-series-uid="${adc}"] button:has-text("MPR")`).click();
    await expect.poll(async () => {
      await goTo(page, c, 'mpr-axial').catch(() => undefined);
      const m = await sampleAt(page, 'mpr-axial', c, adc).catch(() => null);
      return m ? `${m.value?.toFixed(4)} ${m.unit}` : '';
    }, { timeout: 60_000 }).toBe(`${s.value!.toFixed(4)} ${ADC_UNIT}`);
    // Same default window 0–3 on the volume (drawn grey; interpolation between noisy neighbours: ±4).
    const m = await sampleAt(page, 'mpr-axial', c, adc);
    expect(Math.abs(m.rgba[0] - expectedGreyLinear(m.value!, 0, 3)), `MPR drawn ${m.rgba[0]} for ADC ${m.value}`).toBeLessThanOrEqual(4);
    await page.screenshot({ path: docShot('adc-map-mpr.png') });
  });

  test('an ellipse drawn with the mouse inside a lesion on the ADC map measures the worker\'s fitted map within 2 %', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const c = L.shape.centre_mm;
    const { dwi, adc } = await drawEllipseOnMap(page, c);
    const r = (await lesions(page))[0].results[adc]!;
    expect(r.unit).toBe(ADC_UNIT);
    expect(r.voxelCount).toBeGreaterThan(20);
    expect(Math.abs(r.mean! / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
    await expect(page.locator('.measure-overlay [data-key="adcmean"]')).toContainText('×10⁻³ mm²/s');
    // The same fitted map as the DWI's own measurement (engine volume adc:<DWI UID>), not a copy.
    const spec = { type: 'sphere', centerMm: c, radiusMm: 6 };
    const [onAdc, onDwi] = await page.evaluate(async ({ spec, adc, dwi }) => {
      const m = window.caliper.measure as (s: unknown, u: string) => Promise<{ unit: string; stats: { mean: number; voxelCount: number } }>;
      return [await m(spec, adc), await m(spec, dwi)];
    }, { spec, adc, dwi });
    expect(onAdc).toEqual(onDwi);
    await page.screenshot({ path: docShot('adc-map-ellipse.png') });
  });

  test('a stored scanner ADC map served through a static manifest reads out in 10^-3 mm2/s; a single-b DWI gets no ADC map and no error; an unstackable DWI one named error', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    expect(await page.evaluate((u) => window.caliper.debug.loadManifest(u), ADC_STUDY_URL)).toBe(true);
    await page.locator(`.series-item[data-series-uid="${STORED_ADC_SERIES_UID}"] .series-open`).click();
    const lesion = adcLps(...ADC_LESION.ijk);
    await expect.poll(async () => (await sampleAt(page, VP, lesion)).unit, { timeout: 30_000 }).toBe(ADC_UNIT);
    await goTo(page, lesion);
    expect((await sampleAt(page, VP, lesion)).value).toBeCloseTo(ADC_LESION.adcUm2s / 1000, 6);
    expect((await sampleAt(page, VP, adcLps(12, 16, 4))).value).toBeCloseTo(ADC_BACKGROUND_UM2S / 1000, 6);
    // The scanner's window (C 1500 / W 3000 in its header) is kept.
    for (const [p, adcUm2s] of [[lesion, ADC_LESION.adcUm2s], [adcLps(12, 16, 4), ADC_BACKGROUND_UM2S]] as const) {
      const g = (await sampleAt(page, VP, p)).rgba[0];
      expect(Math.abs(g - expectedGreyLinear(adcUm2s, 0, 3000)), `drawn ${g} for ${adcUm2s} µm²/s`).toBeLessThanOrEqual(3);
    }
    const [x, y] = await toPage(page, lesion);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('readout')).toContainText(`0.850 ${ADC_UNIT}`);
    // MPR of the same series (volume path through the manifest) samples ADC too.
    await page.locator(`.series-item[data-series-uid="${STORED_ADC_SERIES_UID}"] button:has-text("MPR")`).click();
    await expect.poll(async () => {
      await goTo(page, lesion, 'mpr-axial').catch(() => undefined);
      const s = await sampleAt(page, 'mpr-axial', lesion, STORED_ADC_SERIES_UID).catch(() => null);
      return s ? `${s.value?.toFixed(3)} ${s.unit}` : '';
    }, { timeout: 30_000 }).toBe(`0.850 ${ADC_UNIT}`);
    // Single b-value: opened, its headers read, no derived series, nothing in the errors panel.
    await page.locator(`.series-item[data-series-uid="${SINGLE_B_SERIES_UID}"] .series-open`).click();
    expect(await page.evaluate((uid) => (window.caliper.adcSeries as (u: string) => Promise<unknown>)(uid), SINGLE_B_SERIES_UID)).toBeNull();
    await expect(page.locator('.series-item[data-derived="adc"]')).toHaveCount(0);
    expect(await page.evaluate(() => window.caliper.errors())).toEqual([]);
    // Two b-values but b = 800 lacks a slice: one named error, no derived series, the rest still works.
    await page.locator(`.series-item[data-series-uid="${BROKEN_DWI_SERIES_UID}"] .series-open`).click();
    await expect.poll(() => page.evaluate(() => window.caliper.errors()), { timeout: 30_000 }).toEqual([{
      source: `series ${BROKEN_DWI_SERIES_UID} (MR ep2d_diff b0,800 incomplete)`,
      reason: `no ADC map: diffusion series ${BROKEN_DWI_SERIES_UID}: b-values have different slice counts (8, 7)`,
    }]);
    await expect(page.getByTestId('errors-panel')).toContainText('ep2d_diff b0,800 incomplete');
    await expect(page.getByTestId('errors-panel')).not.toContainText(BROKEN_DWI_SERIES_UID);
    await expect(page.locator('.series-item[data-derived="adc"]')).toHaveCount(0);
    await page.locator(`.series-item[data-series-uid="${STORED_ADC_SERIES_UID}"] .series-open`).click();
    await expect.poll(async () => {
      await goTo(page, lesion).catch(() => undefined);
      const s = await sampleAt(page, VP, lesion);
      return `${s.value?.toFixed(3)} ${s.unit}`;
    }, { timeout: 30_000 }).toBe(`0.850 ${ADC_UNIT}`);
    await page.mouse.move(...(await toPage(page, lesion)));
    await expect(page.getByTestId('readout')).toContainText(`0.850 ${ADC_UNIT}`);
    await page.screenshot({ path: docShot('adc-stored-manifest.png') });
  });

  test("the CLI's `caliper adc` output (RWVM in um2/s) served through a manifest reads out and measures like the in-browser fit", async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const dir = join(DIST, '__e2e_adc_cli__');
    const run = (args: string[]) => spawnSync('pnpm', ['--silent', 'caliper', ...args], { encoding: 'utf8' });
    const fit = run(['adc', join(DIST, 'demo', 'baseline', 'dwi'), '--out', dir, '--json']);
    expect(fit.status, fit.stderr).toBe(0);
    const files = (JSON.parse(fit.stdout) as { files: string[] }).files;
    const info = run(['info', dir, '--json']);
    const cliUid = (JSON.parse(info.stdout) as { series: { seriesInstanceUID: string }[] }).series[0].seriesInstanceUID;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
      version: 1,
      studies: [{
        studyInstanceUID: truth!.studyInstanceUID, patientName: 'CALIPER^Phantom', patientId: 'CALIPER-PH-001', studyDate: '20260112', studyDescription: 'caliper adc output',
        series: [{ seriesInstanceUID: cliUid, modality: 'MR', seriesDescription: 'ADC 10^-6 mm2/s (Caliper CLI)', seriesNumber: 90, instances: files.map((f) => f.slice(dir.length + 1)) }],
      }],
    }));
    await openApp(page);
    expect(await page.evaluate((u) => window.caliper.debug.loadManifest(u), './__e2e_adc_cli__/manifest.json')).toBe(true);
    await page.locator(`.series-item[data-series-uid="${cliUid}"] .series-open`).click();
    const c = L.shape.centre_mm;
    await expect.poll(async () => (await sampleAt(page, VP, c)).unit, { timeout: 30_000 }).toBe(ADC_UNIT);
    await goTo(page, c);
    const v = (await sampleAt(page, VP, c)).value!;
    // Stored as integer µm²/s: a multiple of 0.001 in 10^-3 mm2/s, near the truth.
    expect(Math.abs(v * 1000 - Math.round(v * 1000))).toBeLessThan(1e-6);
    expect(Math.abs(v / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.1);
    const [x, y] = await toPage(page, c);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('readout')).toContainText(`${v.toFixed(3)} ${ADC_UNIT}`);
    // Measured through the manifest in ADC units, equal to the in-browser fit of the same DWI up to
    // the CLI's 1 µm²/s storage step.
    const dwi = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.seriesDescription.startsWith('DWI'))!.seriesInstanceUID);
    const derived = await page.evaluate((u) => (window.caliper.adcSeries as (u: string) => Promise<{ seriesInstanceUID: string }>)(u), dwi);
    const spec = { type: 'sphere', centerMm: c, radiusMm: 8 };
    const [onCli, onFit] = await page.evaluate(async ({ spec, a, b }) => {
      const m = window.caliper.measure as (s: unknown, u: string) => Promise<{ unit: string; voxelCount: number; mean: number }>;
      return [await m(spec, a), await m(spec, b)];
    }, { spec, a: cliUid, b: derived.seriesInstanceUID });
    expect(onCli.unit).toBe(ADC_UNIT);
    expect(onCli.voxelCount).toBe(onFit.voxelCount);
    expect(Math.abs(onCli.mean - onFit.mean)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(onFit.mean / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
  });

  test('the demo DWI opened from local files (split into one stack per b-value) gets one ADC map fitted over all four b-values', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    const dwi = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.seriesDescription.startsWith('DWI'))!.seriesInstanceUID);
    const dir = join(DIST, 'demo', 'baseline', 'dwi');
    await page.getByTestId('file-input').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
    const browser = page.getByTestId('study-browser');
    await expect(browser.locator(`[data-series-uid="${dwi}#4"]`)).toContainText('48 images', { timeout: 60_000 });
    // Open the third stack (one b-value) with the mouse: the whole family is fitted.
    await browser.locator(`[data-series-uid="${dwi}#3"] .series-open`).click();
    const row = browser.locator('.series-item[data-derived="adc"]');
    await expect(row).toHaveCount(1, { timeout: 60_000 });
    await expect(row).toContainText('ADC map (Caliper, log-linear fit b=0,50,400,800)');
    const adc = (await row.getAttribute('data-series-uid'))!;
    await row.locator('.series-open').click();
    const c = L.shape.centre_mm;
    await expect.poll(async () => {
      await goTo(page, c).catch(() => undefined);
      return (await sampleAt(page, VP, c)).unit;
    }, { timeout: 60_000 }).toBe(ADC_UNIT);
    const v = (await sampleAt(page, VP, c)).value!;
    expect(Math.abs(v / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.1);
    const r = await page.evaluate(({ spec, adc }) => (window.caliper.measure as (s: unknown, u: string) => Promise<{ unit: string; mean: number }>)(spec, adc), { spec: { type: 'sphere', centerMm: c, radiusMm: 8 }, adc });
    expect(r.unit).toBe(ADC_UNIT);
    expect(Math.abs(r.mean / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
  });

  test('the ADC W/L preset, picked with the mouse from the preset menu, draws 0–3 ×10⁻³ mm²/s again after a W/L drag', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    const menu = page.getByTestId('voi-presets');
    await expect(menu.locator('option[value="adc"]')).toHaveCount(0);
    await openAdcMap(page);
    const c = L.shape.centre_mm;
    await goTo(page, c);
    const value = (await sampleAt(page, VP, c)).value!;
    // Change the window with the mouse (W/L tool, drag right and up), away from 0–3.
    const box = (await page.locator(`.viewport-cell[data-viewport-id="${VP}"] canvas`).first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => Math.abs((await drawnGrey(page, c)) - expectedGreyLinear(value, 0, 3))).toBeGreaterThan(10);
    await expect(menu.locator('option[value="adc"]')).toHaveText('7: ADC 0–3 ×10⁻³ mm²/s');
    await menu.click();
    await menu.selectOption('adc');
    await expect.poll(async () => Math.abs((await drawnGrey(page, c)) - expectedGreyLinear(value, 0, 3)), { timeout: 10_000 }).toBeLessThanOrEqual(3);
    // A second voxel (background prostate / tissue) on the same line: the window is 0–3, not just one grey matched.
    const bg: V3 = [c[0] + 25, c[1], c[2]];
    const s = await sampleAt(page, VP, bg);
    expect(Math.abs(s.rgba[0] - expectedGreyLinear(s.value!, 0, 3)), `drawn ${s.rgba[0]} for ADC ${s.value}`).toBeLessThanOrEqual(3);
    await page.screenshot({ path: 'test-results/adc-preset.png' });
  });

  test('a stored scanner ADC map without window tags opens at 0–3 ×10⁻³ mm²/s (0–3000 µm²/s), not an automatic window', async ({ page, pageErrors }) => {
    void pageErrors;
    const dir = join(DIST, '__e2e_adc_nowin__');
    writeAdcStudy(dir);
    for (const f of readdirSync(join(dir, 'adc'))) {
      const file = join(dir, 'adc', f);
      writeFileSync(file, withoutElement(withoutElement(new Uint8Array(readFileSync(file)), 0x1050), 0x1051));
    }
    await openApp(page);
    expect(await page.evaluate(() => window.caliper.debug.loadManifest('./__e2e_adc_nowin__/manifest.json'))).toBe(true);
    await page.locator(`.series-item[data-series-uid="${STORED_ADC_SERIES_UID}"] .series-open`).click();
    const lesion = adcLps(...ADC_LESION.ijk);
    await expect.poll(async () => (await sampleAt(page, VP, lesion)).unit, { timeout: 30_000 }).toBe(ADC_UNIT);
    await goTo(page, lesion);
    // An automatic (min–max, 0–1800) window would draw the lesion at 120 and the background white.
    for (const [p, adcUm2s] of [[lesion, ADC_LESION.adcUm2s], [adcLps(12, 16, 4), ADC_BACKGROUND_UM2S]] as const) {
      await expect.poll(async () => Math.abs((await drawnGrey(page, p)) - expectedGreyLinear(adcUm2s, 0, 3000)), { message: `grey for ${adcUm2s} µm²/s` }).toBeLessThanOrEqual(3);
    }
    await page.screenshot({ path: 'test-results/adc-stored-nowindow.png' });
  });
});
