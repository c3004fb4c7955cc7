import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeSuvFactors, decodeFrame, parseInstance, readPetSuvTags } from '../packages/dicom/src/index';
import { CT_SERIES_UID, PT_SERIES_UID } from './fixtures/study';
import { CT_PROBES } from './support/ctPoints';
import { DIST, FIXTURE_DIR, FIXTURE_MANIFEST } from './support/globalSetup';
import { expect, expectedGrey, openApp, sampleAt, test } from './support/test';

const hasDemo = existsSync(join(DIST, 'demo', 'manifest.json'));

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

  test('the bundled demo is listed on the start page and opens with one click', async ({ page, pageErrors }) => {
    void pageErrors;
    test.skip(!hasDemo, 'public/demo not generated (run `pnpm run demo` before building)');
    await openApp(page);
    const demo = page.getByTestId('demo-list').getByRole('button').first();
    await expect(demo).toBeVisible();
    await demo.click();
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports().length)).toBe(1);
    await expect.poll(async () => (await page.evaluate(() => window.caliper.debug.imageStats('vp-0')))?.max ?? null, { timeout: 30_000 }).not.toBeNull();
    // The pixel at the viewport centre is the W/L-mapped voxel value there.
    const box = (await page.locator('[data-viewport-id="vp-0"]').boundingBox())!;
    const s = await page.evaluate(([x, y]) => window.caliper.debug.sample('vp-0', x, y), [box.width / 2, box.height / 2]);
    expect(s.unit).toBe('HU');
    expect(s.value).not.toBeNull();
    expect(Math.abs(s.rgba[0] - expectedGrey(s.value!, 400, 40))).toBeLessThanOrEqual(3);
  });

  test('progressive loading gives the voxels of the files: CT in HU, PET in SUVbw (checksum vs packages/dicom in Node)', async ({ page, pageErrors }) => {
    void pageErrors;
    // Node: every file decoded by packages/dicom, rescaled (and × SUVbw for PET) as Float32 voxels.
    const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8'));
    const expected = async (uid: string) => {
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
    // Caliper's pipeline is opt-in (?loader=caliper) until it passes every workflow (docs/loading.md).
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
});
