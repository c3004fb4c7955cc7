import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test, wipeReadings } from './support/test';
import type { radiomicsApi } from '../apps/viewer/src/features/radiomics/api/radiomicsApi';

type RadiomicsApi = typeof radiomicsApi;
interface ReadingApi {
  flush(): Promise<void>;
  current(study: string): { reading: { schemaVersion: number; lesions: { id: string; radiomics?: { features: unknown[] } }[] } };
}

type V3 = [number, number, number];
interface CliFeature { name: string; family: string; aggregation?: string; value: number | null }
interface CliDoc { unit: string; config: Record<string, unknown>; roi: { morphologicalVoxels: number; intensityVoxels: number }; features: Record<string, CliFeature> }
interface Truth {
  grids: { ct: { seriesInstanceUID: string } };
  lesions: { id: string; shape: { centre_mm: V3 }; volumeAnalytic_mL: number; ct: { voxelCount: number; voxelVolume_mm3: number; meanHU: number } }[];
}

/**
 * IBSI radiomics in the viewer (issue 19): a lesion grown on the demo CT's liver lesion L1 with
 * fixed bounds, preset A computed in the panel (measure worker), compared feature by feature with
 * `caliper radiomics` on the same files and the same grow ROI, and with the phantom's truth; search,
 * the CSV download, robustness, the reading across a reload and the SR's IBSI codes.
 */
const ROOT = resolve(import.meta.dirname, '..');
const TRUTH = join(DIST, 'demo/truth/baseline.json');
const CT = join(DIST, 'demo/baseline/ct');
const hasDemo = existsSync(TRUTH) && existsSync(CT);
const truth = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const BOUNDS = { lower: 15, upper: 50 };
const cli = (roi: object, config: string, format: '--json' | '--csv'): string => {
  const dir = mkdtempSync(join(tmpdir(), 'rad-e2e-'));
  writeFileSync(join(dir, 'roi.json'), JSON.stringify(roi));
  return execFileSync('pnpm', ['--silent', 'caliper', 'radiomics', CT, '--roi', join(dir, 'roi.json'), '--config', config, format], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
};
const features = (page: Page, lesionId: string) =>
  page.evaluate((id) => (window.caliper as unknown as { radiomics: RadiomicsApi }).radiomics.features(id), lesionId);

test.describe('radiomics panel', () => {
  test.skip(!hasDemo, 'demo not generated (run `pnpm run demo`)');

  test('grow L1 → preset A in the panel equals caliper radiomics on the same ROI; search, CSV, robustness, reload, SR', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(480_000);
    const L1 = truth!.lesions.find((l) => l.id === 'L1')!;
    const ct = truth!.grids.ct.seriesInstanceUID;
    await openApp(page);
    await wipeReadings(page);
    await page.evaluate(() => localStorage.clear());
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), ct);
    await page.evaluate(({ p, b }) => (window.caliper.grow as (p: V3, o: object) => Promise<unknown>)(p, b), { p: L1.shape.centre_mm, b: BOUNDS });
    const lesionId = await page.evaluate(() => (window.caliper.lesions as () => { id: string }[])()[0].id);

    // The panel: key Q, select the lesion in the lesion table, compute preset A (default).
    await page.locator('body').press('q');
    const panel = page.getByTestId('radiomics-panel');
    await expect(panel).toBeVisible();
    await page.locator(`tr[data-lesion-id="${lesionId}"]`).click();
    await expect(panel.getByLabel('Resolved settings')).toContainText('Re-segmentation [-500, 400] HU');
    const t0 = Date.now();
    await panel.getByTestId('radiomics-compute').click();
    await expect(panel.getByTestId('radiomics-summary')).toContainText('346 features', { timeout: 120_000 });
    const clickToTableMs = Date.now() - t0;
    const summaryA = await panel.getByTestId('radiomics-summary').textContent();
    const stepsFirst = await panel.getByTestId('radiomics-summary').getAttribute('title');

    // Same files, same grow ROI, same settings through the CLI: every feature equal.
    const growRoi = { type: 'grow', seedMm: L1.shape.centre_mm, ...BOUNDS };
    const expected = JSON.parse(cli(growRoi, 'A', '--json')) as CliDoc;
    const got = (await features(page, lesionId))!;
    expect(got.unit).toBe('HU');
    expect(got.config).toEqual(expected.config);
    expect(got.roi).toEqual(expected.roi);
    expect(Object.keys(got.features)).toEqual(Object.keys(expected.features));
    for (const [key, f] of Object.entries(expected.features)) {
      const g = got.features[key];
      expect({ key, name: g.name, family: g.family, aggregation: g.aggregation }).toEqual({ key, name: f.name, family: f.family, aggregation: f.aggregation });
      if (f.value === null) expect(g.value, key).toBeNull();
      else expect(Math.abs(g.value! - f.value), key).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(f.value)));
    }
    // And the phantom's truth: voxel-counted volume and mean HU of the voxelised ellipsoid; mesh volume ≈ analytic.
    expect(got.roi.morphologicalVoxels).toBe(L1.ct.voxelCount);
    expect(got.features.YEKZ.value).toBeCloseTo(L1.ct.voxelCount * L1.ct.voxelVolume_mm3, 6);
    expect(got.features.YEKZ.unit).toBe('mm3');
    expect(got.features.Q4LE.value).toBeCloseTo(L1.ct.meanHU, 6);
    expect(Math.abs(got.features.RNU0.value! / (L1.volumeAnalytic_mL * 1000) - 1)).toBeLessThan(0.03);

    // The table: grouped by family, value with unit; method and unit on hover.
    const volRow = panel.locator('tr[data-key="RNU0"]');
    await expect(volRow).toContainText('Volume (mesh)');
    await expect(volRow).toContainText('mm³');
    expect(await volRow.getAttribute('title')).toContain('marching cubes');
    await expect(panel.locator('tr[data-key="Q4LE"] td.value')).toContainText('HU');
    await expect(panel.locator('details[data-family="GLCM"] summary')).toContainText('(100)');
    // Search filters by name, code, family.
    const search = panel.getByLabel('Search features');
    await search.fill('coarseness');
    await expect(panel.locator('tbody tr')).toHaveCount(2);
    await expect(panel.locator('tr[data-key="QCDE.2D"]')).toBeVisible();
    await search.fill('8ZQL');
    await expect(panel.locator('tbody tr')).toHaveCount(4);
    await search.fill('');
    await expect(panel.locator('tbody tr')).toHaveCount(346);

    // CSV download: the CLI's --csv table after the # lines (Caliper version, lesion, settings).
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\n');
    expect(lines[0]).toMatch(/^# Caliper \d+\.\d+\.\d+ IBSI-1 radiomics/);
    expect(JSON.parse(lines[2].slice('# config '.length))).toEqual(expected.config);
    // Same rows and strings; values in full precision, equal to the CLI's up to the last bits
    // (the browser's Math.* may round the mesh and Moran's I a few ulp differently from Node's).
    const cliRows = cli(growRoi, 'A', '--csv').trimEnd().split('\n');
    const ours = lines.slice(3, -1);
    expect(ours[0]).toBe('key,family,feature,aggregation,value');
    expect(ours.length).toBe(cliRows.length);
    const label = (row: string) => row.slice(0, row.lastIndexOf(','));
    const value = (row: string) => row.slice(row.lastIndexOf(',') + 1);
    for (let q = 1; q < cliRows.length; q++) {
      expect(label(ours[q])).toBe(label(cliRows[q]));
      const a = value(ours[q]), b = value(cliRows[q]);
      if (b === '') expect(a, ours[q]).toBe('');
      else expect(Math.abs(Number(a) - Number(b)), ours[q]).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(b))));
    }

    // Robustness: perturbations in the worker, unstable features flagged in the table.
    await panel.getByTestId('radiomics-robustness').click();
    // Progress while it runs (several computations), with a Cancel button.
    await expect(panel.getByRole('status')).toContainText('Robustness', { timeout: 30_000 });
    await expect(panel.getByTestId('radiomics-cancel')).toBeVisible();
    await expect(panel.getByTestId('radiomics-robustness-summary')).toContainText('features unstable', { timeout: 240_000 });
    const robust = await panel.getByTestId('radiomics-robustness-summary').textContent();
    expect(await panel.locator('td.flag span').count()).toBeGreaterThan(300);
    const unstableCount = Number(/⚠ (\d+) of/.exec(robust ?? '')?.[1]);
    await panel.getByLabel('unstable only').check();
    await expect(panel.locator('tbody tr')).toHaveCount(unstableCount);
    await expect(panel.locator('tbody tr.unstable')).toHaveCount(unstableCount);
    await panel.getByLabel('unstable only').uncheck();
    await panel.getByLabel('Search features').fill('GLCM');
    await page.screenshot({ path: '/tmp/radiomics-panel-robustness.png' });
    await panel.getByLabel('Search features').fill('');

    // Cancel: a run stopped at once resolves to nothing and leaves the features as they were.
    const stopped = await page.evaluate(async (id) => {
      const api = (window.caliper as unknown as { radiomics: RadiomicsApi }).radiomics;
      const run = api.compute(id, 'E').then(() => 'finished', (e: Error) => e.message);
      api.cancel();
      return run;
    }, lesionId);
    expect(stopped).toBe('cancelled or superseded by a newer run');
    await expect(panel.getByTestId('radiomics-cancel')).toHaveCount(0);
    expect((await features(page, lesionId))!.config).toEqual(expected.config);

    // A custom setting: edited as JSON, validated as the CLI does, saved in this browser and selected.
    await panel.getByRole('button', { name: 'Edit…' }).click();
    const editor = page.getByTestId('radiomics-editor');
    await editor.getByLabel('Custom setting name').fill('FBN16 3D');
    await editor.getByLabel('Custom settings JSON').fill('{"approach":"3D","discretisation":{"method":"XYZ"}}');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('alert')).toHaveText('invalid settings: discretisation.method must be FBN or FBS');
    await editor.getByLabel('Custom settings JSON').fill('{"approach":"3D","discretisation":{"method":"FBN","bins":16}}');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByLabel('Radiomics configuration')).toHaveValue('FBN16 3D');
    await expect(panel.getByLabel('Resolved settings')).toContainText('Discretisation FBN 16 bins');

    // Preset C timing (worker), then back to A for the reading.
    const timeC = await page.evaluate(async (id) => {
      const t = performance.now();
      await (window.caliper as unknown as { radiomics: RadiomicsApi }).radiomics.compute(id, 'C');
      return performance.now() - t;
    }, lesionId);
    const timeA = await page.evaluate(async (id) => {
      const t = performance.now();
      await (window.caliper as unknown as { radiomics: RadiomicsApi }).radiomics.compute(id, 'A');
      return performance.now() - t;
    }, lesionId);
    const stepsWarm = await panel.getByTestId('radiomics-summary').getAttribute('title');
    console.log(`first run: ${stepsFirst}\nwarm run (A): ${stepsWarm}`);
    console.log(`radiomics on L1 (${L1.ct.voxelCount} voxels): click→table ${clickToTableMs} ms (${summaryA}); API preset A ${timeA.toFixed(0)} ms, preset C ${timeC.toFixed(0)} ms; robustness: ${robust}`);

    await page.screenshot({ path: '/tmp/radiomics-panel.png' });

    // Saved with the lesion: reload → the reading is restored with its features.
    await page.evaluate(() => (window.caliper as unknown as { reading: ReadingApi }).reading.flush());
    const saved = await page.evaluate((ct) => {
      const s = window.caliper.studies().find((x) => x.series.some((y) => y.seriesInstanceUID === ct))!;
      return (window.caliper as unknown as { reading: ReadingApi }).reading.current(s.studyInstanceUID).reading;
    }, ct);
    expect(saved.schemaVersion).toBe(4);
    expect(saved.lesions[0].radiomics?.features).toHaveLength(346);
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid), ct);
    await expect.poll(() => page.evaluate(() => (window.caliper.lesions as () => unknown[])().length), { timeout: 120_000 }).toBe(1);
    // The restored lesion has the saved (UUID) id of the grown lesion.
    const restoredId = await page.evaluate(() => (window.caliper.lesions as () => { id: string }[])()[0].id);
    expect(restoredId).toBe(saved.lesions[0].id);
    await expect.poll(async () => (await features(page, restoredId))?.features.Q4LE.value ?? null, { timeout: 60_000 }).toBe(got.features.Q4LE.value);
    const back = (await features(page, restoredId))!;
    // The custom setting is still offered after the reload (localStorage).
    await page.locator('body').press('q');
    await expect(page.getByTestId('radiomics-panel').getByLabel('Radiomics configuration').locator('option', { hasText: 'FBN16 3D' })).toHaveCount(1);
    expect(back.features).toEqual(got.features);
    expect(back.config).toEqual(got.config);

    // The SR: the lesion's group holds the features as NUMs coded with their IBSI codes.
    const sr = await page.evaluate(async () => Array.from((await (window.caliper as unknown as { exportDicom(): Promise<{ sr: Uint8Array }> }).exportDicom()).sr));
    const text = Buffer.from(sr).toString('latin1');
    for (const code of ['RNU0', 'YEKZ', 'Q4LE', '8ZQL', 'BTW3', 'QCDE', 'RADSETTINGS']) expect(text, code).toContain(code);
    expect(text.match(/IBSI/g)!.length).toBeGreaterThan(346);
  });
});
