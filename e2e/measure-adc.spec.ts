import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADC_BACKGROUND_UM2S, ADC_LESION, BROKEN_DWI_SERIES_UID, SINGLE_B_SERIES_UID, STORED_ADC_SERIES_UID, adcLps, writeAdcStudy } from './fixtures/adcStudy';
import { DIST } from './support/globalSetup';
import { expect, expectedGreyLinear, openApp, sampleAt, test } from './support/test';

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
const VP = 'vp-0';
const ADC_UNIT = '10^-3 mm2/s';
const ADC_STUDY_URL = './__e2e_adc__/manifest.json';

interface ApiLesion { id: string; results: Record<string, { mean: number | null; unit: string; voxelCount: number } | null> }
const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());

/** Page coordinates (CSS px) of a patient point drawn in viewport `vp`. */
async function toPage(page: Page, p: V3, vp = VP): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => window.caliper.debug.worldToCanvas(vp, p), { vp, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${vp}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}

// dicom-parser is a dependency of the viewer, not of the repository root.
const dicomParser = createRequire(join(import.meta.dirname, '..', 'apps', 'viewer', 'package.json'))('dicom-parser') as {
  parseDicom(b: Uint8Array): DataSet;
};
interface Element { vr?: string; items?: { dataSet: DataSet }[] }
interface DataSet { elements: Record<string, Element>; string(tag: string): string | undefined }

/** Every UI value of a data set's nested sequences, tag → values (the top level, the SR's own identity, left out). */
function nestedUids(ds: DataSet, top = true, out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [tag, el] of Object.entries(ds.elements)) {
    if (el.items) for (const it of el.items) nestedUids(it.dataSet, false, out);
    else if (!top && el.vr === 'UI') {
      const v = ds.string(tag);
      if (v) out.set(tag, [...(out.get(tag) ?? []), v]);
    }
  }
  return out;
}

/** Grey actually drawn in a viewport at a patient point (the pixel's red channel). */
/** A Part 10 file without one explicit-VR-LE element of group 0028 (e.g. 0x1050 WindowCenter): its bytes spliced out. */
function withoutElement(bytes: Uint8Array, element: number): Uint8Array {
  for (let i = 132; i + 8 <= bytes.length; i++) {
    if (bytes[i] === 0x28 && bytes[i + 1] === 0x00 && bytes[i + 2] === (element & 0xff) && bytes[i + 3] === element >> 8 && bytes[i + 4] === 0x44 && bytes[i + 5] === 0x53) {
      const len = bytes[i + 6] | (bytes[i + 7] << 8);
      return new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 8 + len)]);
    }
  }
  throw new Error(`element (0028,${element.toString(16)}) not found`);
}

const drawnGrey = async (page: Page, p: V3) => (await sampleAt(page, VP, p)).rgba[0];

const goTo = (page: Page, p: V3, vp = VP) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, p: V3): Promise<void> }).goTo(vp, p), { vp, p });

/** Opens the demo DWI with the mouse, then Caliper's ADC map of it from the study browser; returns both UIDs. */
async function openAdcMap(page: Page): Promise<{ dwi: string; adc: string }> {
  await openApp(page);
  const dwi = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.seriesDescription.startsWith('DWI'))!.seriesInstanceUID);
  await page.locator(`.series-item[data-series-uid="${dwi}"] .series-open`).click();
  const row = page.locator('.series-item[data-derived="adc"]').first();
  await expect(row).toContainText('ADC map (Caliper, log-linear fit b=0,50,400,800)', { timeout: 60_000 });
  await expect(row).toContainText(ADC_UNIT);
  const adc = (await row.getAttribute('data-series-uid'))!;
  // Listed in the same study as the DWI, with a thumbnail once fitted.
  await expect(page.locator(`.study:has(.series-item[data-series-uid="${dwi}"]) .series-item[data-series-uid="${adc}"]`)).toHaveCount(1);
  await expect(row.locator('img')).toHaveCount(1, { timeout: 60_000 });
  await row.locator('.series-open').click();
  await expect.poll(() => page.evaluate((vp) => {
    const s = window.caliper.debug.sample(vp, 10, 10);
    return s.unit;
  }, VP), { timeout: 60_000 }).toBe(ADC_UNIT);
  return { dwi, adc };
}

/** Opens Caliper's ADC map of the demo DWI and draws an ellipse (8 × 7 mm corner offset) at `c` with the mouse; waits for its ADC mean. */
async function drawEllipseOnMap(page: Page, c: V3): Promise<{ dwi: string; adc: string }> {
  const uids = await openAdcMap(page);
  await goTo(page, c);
  await page.locator('[data-measure-tool="ellipse"]').click();
  const from = await toPage(page, c);
  const to = await toPage(page, [c[0] + 8, c[1] + 7, c[2]]);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await lesions(page))[0]?.results[uids.adc]?.mean ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  return uids;
}

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
    await page.screenshot({ path: 'docs/screenshots/adc-map-stack.png' });
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
    await page.screenshot({ path: 'docs/screenshots/adc-map-mpr.png' });
  });

  test('an ellipse drawn with the mouse inside a lesion on the ADC map measures the worker\'s fitted map within 2 %', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const { dwi, adc } = await openAdcMap(page);
    const c = L.shape.centre_mm;
    await goTo(page, c);
    await page.locator('[data-measure-tool="ellipse"]').click();
    const from = await toPage(page, c);
    const to = await toPage(page, [c[0] + 8, c[1] + 7, c[2]]);
    await page.mouse.move(from[0], from[1]);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => (await lesions(page))[0]?.results[adc]?.mean ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
    const r = (await lesions(page))[0].results[adc]!;
    expect(r.unit).toBe(ADC_UNIT);
    expect(r.voxelCount).toBeGreaterThan(20);
    expect(Math.abs(r.mean! / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
    await expect(page.locator('.measure-overlay [data-key="adcmean"]')).toContainText(ADC_UNIT);
    // The same fitted map as the DWI's own measurement (engine volume adc:<DWI UID>), not a copy.
    const spec = { type: 'sphere', centerMm: c, radiusMm: 6 };
    const [onAdc, onDwi] = await page.evaluate(async ({ spec, adc, dwi }) => {
      const m = window.caliper.measure as (s: unknown, u: string) => Promise<{ unit: string; stats: { mean: number; voxelCount: number } }>;
      return [await m(spec, adc), await m(spec, dwi)];
    }, { spec, adc, dwi });
    expect(onAdc).toEqual(onDwi);
    await page.screenshot({ path: 'docs/screenshots/adc-map-ellipse.png' });
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
    await expect(page.getByTestId('errors-panel')).toContainText(BROKEN_DWI_SERIES_UID);
    await expect(page.locator('.series-item[data-derived="adc"]')).toHaveCount(0);
    await page.locator(`.series-item[data-series-uid="${STORED_ADC_SERIES_UID}"] .series-open`).click();
    await expect.poll(async () => {
      await goTo(page, lesion).catch(() => undefined);
      const s = await sampleAt(page, VP, lesion);
      return `${s.value?.toFixed(3)} ${s.unit}`;
    }, { timeout: 30_000 }).toBe(`0.850 ${ADC_UNIT}`);
    await page.mouse.move(...(await toPage(page, lesion)));
    await expect(page.getByTestId('readout')).toContainText(`0.850 ${ADC_UNIT}`);
    await page.screenshot({ path: 'docs/screenshots/adc-stored-manifest.png' });
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

  test('an ellipse drawn with the mouse on the ADC map comes back after a reload with the same ADC mean, without opening the DWI; its SR references the DWI only', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const { dwi, adc } = await drawEllipseOnMap(page, L.shape.centre_mm);
    const c = L.shape.centre_mm;
    const before = await lesions(page);
    expect(before).toHaveLength(1);
    const made = before[0].results[adc]!;
    expect(Math.abs(made.mean! / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
    await expect(page.locator('.save-status-local')).toHaveText('Saved locally ✓', { timeout: 30_000 });

    // The SR (Export SR path of the Reading panel) references real DICOM objects: the DWI's images.
    const sr = new Uint8Array(await page.evaluate(async () => Array.from((await (window.caliper.exportDicom as () => Promise<{ sr: Uint8Array }>)()).sr)));
    const dwiSops = new Map<string, string>();
    for (const f of readdirSync(join(DIST, 'demo', 'baseline', 'dwi'))) {
      const ds = dicomParser.parseDicom(new Uint8Array(readFileSync(join(DIST, 'demo', 'baseline', 'dwi', f))));
      dwiSops.set(ds.string('x00080018')!, ds.string('x0020000e')!);
    }
    const uids = nestedUids(dicomParser.parseDicom(sr));
    const all = [...uids.values()].flat();
    expect(all.filter((u) => u === adc || u.startsWith(`${adc}.`)), 'caliper-derived UIDs in the SR').toEqual([]);
    const sops = uids.get('x00081155') ?? [];
    expect(sops.length).toBeGreaterThan(0);
    expect(sops.filter((u) => dwiSops.get(u) !== dwi), 'referenced instances that are not DWI images').toEqual([]);
    expect([...new Set(uids.get('x0020000e'))]).toEqual([dwi]);
    // The measured method names the fit, for a reader of the SR.
    expect(new TextDecoder('latin1').decode(sr)).toContain('ADC map (Caliper, log-linear fit b=0,50,400,800) of the referenced DWI series');
    const file = join(mkdtempSync(join(tmpdir(), 'caliper-adc-sr-')), 'sr.dcm');
    writeFileSync(file, sr);
    const v = spawnSync('/usr/bin/dciodvfy', [file], { encoding: 'utf8' });
    expect(`${v.stdout}${v.stderr}`.split('\n').filter((l) => /^Error/.test(l))).toEqual([]);

    // Reload, open the study's CT with the mouse (not the DWI): the lesion is back on the ADC map, re-measured.
    await page.reload();
    await openApp(page);
    const ct = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.modality === 'CT')!.seriesInstanceUID);
    await page.locator(`.series-item[data-series-uid="${ct}"] .series-open`).click();
    await expect(page.locator(`.series-item[data-series-uid="${adc}"]`)).toHaveCount(1, { timeout: 60_000 });
    await expect.poll(async () => (await lesions(page))[0]?.results[adc]?.mean ?? 0, { timeout: 90_000 }).toBeGreaterThan(0);
    const after = await lesions(page);
    expect(after.map((l) => l.id)).toEqual(before.map((l) => l.id));
    const back = after[0].results[adc]!;
    expect(back.unit).toBe(ADC_UNIT);
    expect(Math.abs(back.mean! / made.mean! - 1)).toBeLessThanOrEqual(0.005);
    expect(back.voxelCount).toBe(made.voxelCount);
    expect(await page.evaluate(() => window.caliper.errors())).toEqual([]);
    // Opening the map shows the lesion's drawing there.
    await page.locator(`.series-item[data-series-uid="${adc}"] .series-open`).click();
    await expect.poll(() => page.evaluate((vp) => window.caliper.debug.sample(vp, 10, 10).unit, VP), { timeout: 60_000 }).toBe(ADC_UNIT);
    await goTo(page, c);
    await page.screenshot({ path: 'test-results/adc-reload-restored.png' });
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

  test('a saved lesion of the ADC map whose DWI is not in the study list is kept with its values and a note, and saved and exported again unchanged', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated');
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    const { dwi } = await drawEllipseOnMap(page, L.shape.centre_mm);
    const made = (await lesions(page))[0];
    const sr = await page.evaluate(async () => Array.from((await (window.caliper.exportDicom as () => Promise<{ sr: Uint8Array }>)()).sr));
    const file = join(mkdtempSync(join(tmpdir(), 'caliper-adc-held-')), 'reading-sr.dcm');
    writeFileSync(file, Buffer.from(sr));
    // A fresh browser state listing the same study without its DWI (CT and T2 only).
    const demo = JSON.parse(readFileSync(join(DIST, 'demo', 'manifest.json'), 'utf8')) as { studies: { studyInstanceUID: string; series: { modality: string; seriesInstanceUID: string; instances: string[] }[] }[] };
    const study = { ...demo.studies[0], series: demo.studies[0].series.filter((x) => x.seriesInstanceUID !== dwi) };
    // Next to the demo's manifest in this private build (instance paths must stay inside its folder).
    writeFileSync(join(DIST, 'demo', 'e2e-adc-nodwi.json'), JSON.stringify({ version: 1, studies: [study] }));
    await page.goto('./?bench');
    await page.waitForFunction(() => typeof window.caliper === 'object');
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('caliper-readings');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(new Error('deleteDatabase failed'));
    }));
    await page.evaluate(() => window.caliper.ready);
    expect(await page.evaluate(() => window.caliper.debug.loadManifest('./demo/e2e-adc-nodwi.json'))).toBe(true);
    const ct = study.series.find((x) => x.modality === 'CT')!.seriesInstanceUID;
    await page.locator(`.series-item[data-series-uid="${ct}"] .series-open`).click();
    await expect.poll(() => page.evaluate((vp) => window.caliper.debug.sample(vp, 10, 10).unit, VP), { timeout: 30_000 }).toBe('HU');
    // Import the SR with the Reading panel's button (file chooser).
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import SR/SEG' }).click();
    await (await chooser).setFiles(file);
    const held = page.getByTestId('held-lesions');
    const mean = made.results[Object.keys(made.results)[0]]!.mean!;
    await expect(held).toContainText(`ADC mean ${mean.toFixed(3)} ×10⁻³ mm²/s`, { timeout: 30_000 });
    await expect(held).toContainText(`Caliper's ADC map of DWI series ${dwi}`);
    expect(await lesions(page)).toEqual([]);
    const errors = await page.evaluate(() => window.caliper.errors());
    expect(errors.some((e) => e.reason.includes(`ADC map of DWI series ${dwi}`) && e.reason.includes('kept with its saved values'))).toBe(true);
    await page.screenshot({ path: 'test-results/adc-held-lesion.png' });
    await held.scrollIntoViewIfNeeded();
    await page.locator('.reading-panel').screenshot({ path: 'test-results/adc-held-panel.png' });
    // Saved locally as it was: same lesion id, value, and the DWI references.
    await page.evaluate(() => (window.caliper.reading as { flush(): Promise<void> }).flush());
    const saved = await page.evaluate((uid) => (window.caliper.reading as { current(u: string): { reading: { lesions: { id: string; references: { seriesInstanceUID: string }[]; measurements: { name: string; value: number }[] }[] } } }).current(uid).reading.lesions, truth!.studyInstanceUID);
    expect(saved.map((l) => l.id)).toEqual([made.id]);
    expect(saved[0].references.map((r) => r.seriesInstanceUID)).toEqual([dwi]);
    expect(saved[0].measurements.find((m) => m.name === 'ADC mean')!.value).toBeCloseTo(mean, 5);
    await expect.poll(() => page.evaluate(async () => (await (window.caliper.reading as { list(): Promise<{ lesionCount: number }[]> }).list()).map((r) => r.lesionCount))).toEqual([1]);
    // Export SR still holds it, against the DWI.
    const again = await page.evaluate(async () => Array.from((await (window.caliper.exportDicom as () => Promise<{ sr: Uint8Array }>)()).sr));
    const uids = nestedUids(dicomParser.parseDicom(new Uint8Array(again)));
    expect([...new Set(uids.get('x0020000e'))]).toEqual([dwi]);
    // Removed on purpose (Remove, confirmed): no longer held, saved or exported.
    page.once('dialog', (d) => void d.accept());
    await held.getByRole('button', { name: 'Remove' }).click();
    await expect(held).toHaveCount(0);
    await page.evaluate(() => (window.caliper.reading as { flush(): Promise<void> }).flush());
    await expect.poll(() => page.evaluate(async () => (await (window.caliper.reading as { list(): Promise<{ lesionCount: number }[]> }).list()).map((r) => r.lesionCount))).toEqual([0]);
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
