import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeSuvFactors, decodeFrame, parseInstance, readPetSuvTags } from '../packages/dicom/src/index';
import { CT_SERIES_UID, PT_SERIES_UID } from './fixtures/study';
import { CT_PROBES } from './support/ctPoints';
import { DIST, FIXTURE_DIR, FIXTURE_MANIFEST } from './support/globalSetup';
import { expect, expectedGrey, openApp, sampleAt, test } from './support/test';

const hasDemo = existsSync(join(DIST, 'demo', 'manifest.json'));

// Node: every file decoded by packages/dicom, rescaled (and × SUVbw for PET) as Float32 voxels.
const expected = async (uid: string) => {
  // Read when called: the fixture study is written by the global setup, after this file is loaded.
  const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8'));
  const names: string[] = manifest.studies[0].series.find((x: { seriesInstanceUID: string }) => x.seriesInstanceUID === uid).instances;
  const insts = names.map((n) => {
    const r = parseInstance(new Uint8Array(readFileSync(join(FIXTURE_DIR, n))), n);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
  const suv = insts[0].modality === 'PT' ? computeSuvFactors(insts.map((i) => readPetSuvTags(i.dataSet))) : undefined;
  if (suv && !suv.ok) throw new Error(suv.error);
  let sum = 0;
  for (const [k, inst] of insts.entries()) {
    const d = await decodeFrame(inst, 0);
    if (!d.ok) throw new Error(d.error.reason);
    const f = suv?.ok ? suv.value.factorPerInstance[k] : 1;
    for (const v of d.value.data) sum += Math.fround(suv ? (v * inst.rescaleSlope + inst.rescaleIntercept) * f : v * inst.rescaleSlope + inst.rescaleIntercept);
  }
  return sum;
};

test.describe('static studies (manifest) → stack viewport', () => {
  test('a study from a static manifest opens and draws its voxels with the CT soft-tissue window', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    expect(await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST)).toBe(true);
    await page.evaluate((uid) => window.caliper.open(uid), CT_SERIES_UID);
    for (const p of CT_PROBES) {
      const s = await sampleAt(page, 'vp-0', p.lps);
      expect(s.value, p.name).toBe(p.hu);
      expect(s.unit).toBe('HU');
      const grey = expectedGrey(p.hu, 400, 40);
      expect(Math.abs(s.rgba[0] - grey), `${p.name}: drawn ${s.rgba[0]}, expected ${grey.toFixed(1)}`).toBeLessThanOrEqual(3);
      expect(s.rgba[0]).toBe(s.rgba[1]);
    }
    // Window/level change redraws with the new mapping (bone window).
    await page.evaluate(() => window.caliper.debug.setVoi('vp-0', 1800, 400));
    const bone = CT_PROBES.find((p) => p.name === 'soft tissue')!;
    await expect.poll(async () => (await sampleAt(page, 'vp-0', bone.lps)).rgba[0]).toBeCloseTo(expectedGrey(40, 1800, 400), -0.7);
    // Overlay text comes from DICOM and is rendered as text, never as HTML.
    await expect(page.getByTestId('overlay-vp-0')).toContainText('E2E PET-CT <b>phantom</b>');
    await expect(page.locator('.overlay b')).toHaveCount(0);
    // Screen-share mode hides identifiers.
    await page.getByTestId('hide-identifiers').click();
    await expect(page.getByTestId('overlay-vp-0')).not.toContainText('E2E-0001');
    await expect(page.getByTestId('study-browser')).not.toContainText('E2E-0001');
  });

  test('the bundled demo is listed on the start page and opens with one click in its hanging protocol', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated (run `pnpm run demo` before building)');
    await openApp(page);
    const demo = page.getByTestId('demo-list').getByRole('button').first();
    await expect(demo).toBeVisible();
    await demo.click();
    // The first demo study (CT, PET, MR; no prior listed before it) hangs as PET/CT: CT, fused, PET, MIP.
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
    await expect(page.getByTestId('hanging-protocol')).toHaveValue('petct');
    // The pixel at the CT pane's centre is the W/L-mapped voxel value there (soft-tissue window).
    const box = (await page.locator('[data-viewport-id="fusion-ct"]').boundingBox())!;
    await expect.poll(async () => (await page.evaluate(([x, y]) => window.caliper.debug.sample('fusion-ct', x, y), [box.width / 2, box.height / 2])).unit, { timeout: 60_000 }).toBe('HU');
    // The CT volume streams in: wait for a voxel value (not the empty volume's 0 everywhere).
    await expect.poll(async () => (await page.evaluate(([x, y]) => window.caliper.debug.sample('fusion-ct', x, y), [box.width / 2, box.height / 2])).value, { timeout: 60_000 }).not.toBe(0);
    const s = await page.evaluate(([x, y]) => window.caliper.debug.sample('fusion-ct', x, y), [box.width / 2, box.height / 2]);
    expect(s.value).not.toBeNull();
    expect(Math.abs(s.rgba[0] - expectedGrey(s.value!, 400, 40))).toBeLessThanOrEqual(3);
  });

  test('progressive loading gives the voxels of the files: CT in HU, PET in SUVbw (checksum vs packages/dicom in Node)', async ({ page, pageErrors }) => {
    void pageErrors;
    // Caliper's pipeline (the default loader), named explicitly: this is its check.
    await openApp(page, './?loader=caliper');
    expect(await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST)).toBe(true);
    // The stack first (its slices start the pipeline), then the volume completes behind it.
    await page.evaluate((uid) => window.caliper.open(uid), CT_SERIES_UID);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), CT_SERIES_UID);
    const ct = await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), CT_SERIES_UID);
    expect(ct).toBe(await expected(CT_SERIES_UID));
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), PT_SERIES_UID);
    const pt = await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), PT_SERIES_UID);
    const ptExpected = await expected(PT_SERIES_UID);
    // Float32 voxels summed in another order: equal to 1e-9 relative.
    expect(Math.abs(pt! - ptExpected) / Math.abs(ptExpected)).toBeLessThan(1e-9);
    expect((await page.evaluate((uid) => window.caliper.debug.volumeInfo(uid), PT_SERIES_UID))?.scaling?.suvbw).toBeGreaterThan(0);
  });

  test('with a zero cache budget the series left for another is evicted, and reopened it reloads the same voxels', async ({ page, pageErrors }) => {
    void pageErrors;
    type Info = { evictions: number; series: { seriesUID: string }[] };
    const info = () => page.evaluate(() => (window.caliper as unknown as { cache: { info(): Info } }).cache.info());
    // Budget 0 MiB: only what is on screen (or being read) stays decoded (docs/loading.md, "Memory").
    await openApp(page, './?cacheMB=0');
    expect(await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST)).toBe(true);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), CT_SERIES_UID);
    const first = await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), CT_SERIES_UID);
    expect(first).toBe(await expected(CT_SERIES_UID));
    // B replaces A on screen: A, least recently used and no longer shown, is evicted.
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), PT_SERIES_UID);
    await expect.poll(async () => (await info()).series.map((s) => s.seriesUID)).toEqual([PT_SERIES_UID]);
    expect((await info()).evictions).toBe(1);
    expect(await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), CT_SERIES_UID)).toBeUndefined();
    // A again: loaded anew from its files, voxel for voxel the same; now B goes.
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), CT_SERIES_UID);
    expect(await page.evaluate((uid) => window.caliper.debug.volumeSum(uid), CT_SERIES_UID)).toBe(first);
    await expect.poll(async () => (await info()).series.map((s) => s.seriesUID)).toEqual([CT_SERIES_UID]);
    expect((await info()).evictions).toBe(2);
  });
});
