import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { docShot } from './support/docShot';

// Interactive quantitative reading on the generated demo (issue 5): mouse-driven tools checked
// against the phantom's analytic ground truth (public/demo/truth/baseline.json).
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  grids: Record<'ct' | 'pet' | 'mr', { seriesInstanceUID: string }>;
  lesions: {
    id: string;
    shape: { centre_mm: V3 };
    ct: { volumeVoxelised_mL: number };
    recist: { longAxis_mm: number; shortAxis_mm: number; longAxisEndpoints_lps_mm: V3[]; shortAxisEndpoints_lps_mm: V3[] };
    pet: { SUVmax_SUVbw: number; SUVpeak_SUVbw: number; MTV_41pctMax_mL: number; threshold41pct_SUVbw: number };
    mr: { trueADC_1e3mm2s: number } | null;
  }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const CT_PIXEL_MM = 0.78125;
const VP = 'vp-0';

interface Dbg {
  worldToCanvas(vp: string, p: V3): [number, number];
  goTo(vp: string, p: V3): Promise<void>;
  annotationPoints(uid: string): number[][] | null;
  state(): { lesionIds: string[]; undo: number; redo: number; grow: { voxelCount?: number; replyVersion?: number; version: number } | null };
}
const dbg = (page: Page) => ({
  goTo: (p: V3) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).goTo(vp, p), { vp: VP, p }),
  /** Page coordinates (CSS px) of a patient point drawn in the viewport. */
  async toPage(p: V3): Promise<[number, number]> {
    const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).worldToCanvas(vp, p), { vp: VP, p });
    const box = (await page.locator(`.viewport-cell[data-viewport-id="${VP}"] canvas`).first().boundingBox())!;
    return [box.x + x, box.y + y];
  },
  points: (uid: string) => page.evaluate((uid) => (window.caliper.measureDebug as Dbg).annotationPoints(uid), uid),
  state: () => page.evaluate(() => (window.caliper.measureDebug as Dbg).state()),
});

interface ApiLesion { id: string; tool: string; results: Record<string, { linesMm: number[]; volumeMl: number; suv: { max: number; peak: number } | null; mean: number | null; unit: string; voxelCount: number } | null> }
const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());
const firstResult = (l: ApiLesion) => Object.values(l.results).find((r) => r !== null) ?? null;

async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up();
}

async function openSeries(page: Page, uid: string) {
  await openApp(page);
  await page.evaluate((uid) => window.caliper.open(uid), uid);
}

test.describe('interactive measurement on the demo phantom', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('RECIST bidirectional drawn with the mouse reads the true diameters within one pixel; undo/redo', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openSeries(page, truth!.grids.ct.seriesInstanceUID);
    const d = dbg(page);
    await d.goTo(L.recist.longAxisEndpoints_lps_mm[0]);
    await page.locator('[data-measure-tool="bidirectional"]').click();
    const [a, b] = L.recist.longAxisEndpoints_lps_mm;
    await drag(page, await d.toPage(a), await d.toPage(b));
    await expect.poll(async () => (await lesions(page)).length).toBe(1);
    const id = (await lesions(page))[0].id;
    // Move each short-axis handle onto the true short-axis end point.
    for (const [h, target] of [[2, L.recist.shortAxisEndpoints_lps_mm[0]], [3, L.recist.shortAxisEndpoints_lps_mm[1]]] as const) {
      const pts = (await d.points(id))!;
      const near = (p: number[], q: number[]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
      const handle = near(pts[2], target) < near(pts[3], target) ? pts[2] : pts[3];
      void h;
      await drag(page, await d.toPage(handle as V3), await d.toPage(target));
    }
    await expect.poll(async () => {
      const r = firstResult((await lesions(page))[0]);
      return r ? Math.abs(r.linesMm[1] - L.recist.shortAxis_mm) : Infinity;
    }).toBeLessThanOrEqual(CT_PIXEL_MM);
    const r = firstResult((await lesions(page))[0])!;
    expect(Math.abs(r.linesMm[0] - L.recist.longAxis_mm)).toBeLessThanOrEqual(CT_PIXEL_MM);
    expect(Math.abs(r.linesMm[1] - L.recist.shortAxis_mm)).toBeLessThanOrEqual(CT_PIXEL_MM);
    // The overlay shows the live numbers with units, the method on hover.
    const long = page.locator('.measure-overlay [data-key="long"]');
    await expect(long).toContainText('mm');
    await expect(long).toHaveAttribute('title', /RECIST 1\.1/);
    await page.screenshot({ path: docShot('measure-recist.png') });

    // Undo/redo: step back through the short-axis edits and the creation; redo brings all back.
    const undo = page.getByRole('button', { name: 'undo' });
    const redo = page.getByRole('button', { name: 'redo' });
    const steps = (await d.state()).undo;
    // Creation + the short-axis edit(s) that changed the drawing.
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(steps).toBeLessThanOrEqual(3);
    for (let i = 0; i < steps - 1; i++) await undo.click();
    if (steps > 1) {
      // Back to the drawing as first created: its short axis is not the edited one.
      await expect.poll(async () => {
        const x = firstResult((await lesions(page))[0]);
        return x ? Math.abs(x.linesMm[1] - r.linesMm[1]) : 0;
      }).toBeGreaterThan(0.01);
    }
    await undo.click();
    await expect.poll(async () => (await lesions(page)).length).toBe(0);
    expect(await d.points(id)).toBeNull();
    for (let i = 0; i < steps; i++) await redo.click();
    await expect.poll(async () => {
      const all = await lesions(page);
      const x = all[0] && firstResult(all[0]);
      return x ? Math.abs(x.linesMm[1] - L.recist.shortAxis_mm) : Infinity;
    }).toBeLessThanOrEqual(CT_PIXEL_MM);
    expect(await d.points(id)).not.toBeNull();
  });

  test('click-to-grow with the mouse on a liver lesion gives its true volume within 5 %', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openSeries(page, truth!.grids.ct.seriesInstanceUID);
    const d = dbg(page);
    await d.goTo(L.shape.centre_mm);
    await page.locator('[data-measure-tool="grow"]').click();
    const [x, y] = await d.toPage(L.shape.centre_mm);
    await page.mouse.click(x, y);
    await expect(page.locator('.measure-grow')).toHaveAttribute('data-voxels', /\d+/, { timeout: 60_000 });
    await expect(page.locator('.grow-outline path')).toHaveCount(1);
    await page.screenshot({ path: docShot('measure-grow-preview.png') });
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(async () => (await lesions(page)).length).toBe(1);
    await expect.poll(async () => firstResult((await lesions(page))[0])?.volumeMl ?? 0).toBeGreaterThan(0);
    const v = firstResult((await lesions(page))[0])!.volumeMl;
    expect(Math.abs(v / L.ct.volumeVoxelised_mL - 1)).toBeLessThanOrEqual(0.05);
    await page.screenshot({ path: docShot('measure-grow-accepted.png') });
  });

  test('a PET sphere ROI drawn with the mouse gives the true SUVmax and SUVpeak', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openSeries(page, truth!.grids.pet.seriesInstanceUID);
    const d = dbg(page);
    const c = L.shape.centre_mm;
    await d.goTo(c);
    await page.locator('[data-measure-tool="sphere"]').click();
    await drag(page, await d.toPage(c), await d.toPage([c[0] + 26, c[1], c[2]]));
    await expect.poll(async () => {
      const all = await lesions(page);
      return all[0] ? firstResult(all[0])?.suv?.max ?? 0 : 0;
    }).toBeGreaterThan(0);
    const r = firstResult((await lesions(page))[0])!;
    expect(r.suv!.max).toBeCloseTo(L.pet.SUVmax_SUVbw, 3);
    expect(r.suv!.peak).toBeCloseTo(L.pet.SUVpeak_SUVbw, 3);
    // The image label stays short (SUVmax, MTV); SUVpeak and its method are in the panel.
    await expect(page.locator('.measure-live [data-key="suvpeak"]')).toHaveAttribute('title', /IBSI 1 cm³ sphere/);
    await page.screenshot({ path: docShot('measure-pet-sphere.png') });
  });

  test('an ellipse drawn on the diffusion series measures the ADC map (fitted in the worker) within 2 %', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    const dwi = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.seriesDescription.startsWith('DWI'))!.seriesInstanceUID);
    await page.evaluate((uid) => window.caliper.open(uid), dwi);
    const d = dbg(page);
    const c = L.shape.centre_mm;
    await d.goTo(c);
    await page.locator('[data-measure-tool="ellipse"]').click();
    // Cornerstone's ellipse is dragged from its centre to a corner of its bounding box (semi-axes 8 × 7 mm).
    await drag(page, await d.toPage(c), await d.toPage([c[0] + 8, c[1] + 7, c[2]]));
    await expect.poll(async () => {
      const all = await lesions(page);
      return all[0] ? firstResult(all[0])?.mean ?? 0 : 0;
    }, { timeout: 60_000 }).toBeGreaterThan(0);
    const r = firstResult((await lesions(page))[0])!;
    expect(r.unit).toBe('10^-3 mm2/s');
    expect(r.voxelCount).toBeGreaterThan(20);
    expect(Math.abs(r.mean! / L.mr!.trueADC_1e3mm2s - 1)).toBeLessThanOrEqual(0.02);
    await expect(page.locator('.measure-overlay [data-key="adcmean"]')).toContainText('×10⁻³ mm²/s');
    await page.screenshot({ path: docShot('measure-adc-ellipse.png') });
  });

  test('caliper.measure(roiSpec) gives the same result document as the CLI (`caliper measure --json`)', async ({ page, pageErrors }) => {
    void pageErrors;
    const pet = truth!.grids.pet.seriesInstanceUID;
    const spec = { type: 'sphere', centerMm: [-85, -25, -80], radiusMm: 15 };
    const roiFile = join(tmpdir(), `caliper-e2e-roi-${process.pid}.json`);
    writeFileSync(roiFile, JSON.stringify(spec));
    const cli = spawnSync('pnpm', ['--silent', 'caliper', 'measure', join(DIST, 'demo', 'baseline', 'pet'), '--roi', roiFile, '--json'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const ref = JSON.parse(cli.stdout);
    await openSeries(page, pet);
    const got = await page.evaluate(({ spec, pet }) => (window.caliper.measure as (s: unknown, u: string) => Promise<any>)(spec, pet), { spec, pet });
    expect(got.unit).toBe(ref.unit);
    expect(got.voxelCount).toBe(ref.voxelCount);
    expect(got.volumeMl).toBeCloseTo(ref.volumeMl, 9);
    for (const k of ['mean', 'sd', 'min', 'max', 'median', 'p10', 'p90']) expect(got[k], k).toBeCloseTo(ref[k], 4);
    expect(got.suv.peak).toBeCloseTo(ref.suv.peak, 4);
    expect(got.suv.peakCenterMm).toEqual(ref.suv.peakCenterMm);
    expect(got.recist.longMm).toBeCloseTo(ref.recist.longMm, 9);
    expect(got.maxDiameter3dMm).toBeCloseTo(ref.maxDiameter3dMm, 9);
    // A bad spec is rejected with the CLI's validation message.
    const bad = await page.evaluate(() => (window.caliper.measure as (s: unknown) => Promise<unknown>)({ type: 'sphere', centerMm: [0, 0] }).then(() => 'resolved', (e: Error) => e.message));
    expect(bad).toContain('roi.centerMm');
    // caliper.grow (one worker round trip, no preview) on the same PET: when its promise settles the
    // lesion and its result are in the store, the result the document it returned, measured in full.
    const api = await page.evaluate(async (c) => {
      const doc = await (window.caliper.grow as (p: number[]) => Promise<Record<string, unknown>>)(c);
      const all = (window.caliper.lesions as () => ApiLesion[])();
      return { doc, count: all.length, tool: all[0]?.tool, stored: all[0] && Object.values(all[0].results)[0], grow: (window.caliper.measureDebug as { state(): { grow: unknown } }).state().grow };
    }, spec.centerMm);
    expect(api.count).toBe(1);
    expect(api.tool).toBe('grow');
    expect(api.grow).toBeNull();
    expect(api.stored).toMatchObject(api.doc);
    expect(api.doc.unit).toBe(ref.unit);
    expect(api.doc.voxelCount).toBeGreaterThan(0);
    expect(api.doc.surfaceMm2).toBeGreaterThan(0);
    await expect(page.locator('.lesion-row')).toHaveCount(1);
  });

  test('a sphere drawn on the fused PET/CT measures both the PET (SUV) and the CT (HU)', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), truth!.grids.ct.seriesInstanceUID);
    const c = L.shape.centre_mm;
    await page.evaluate((p) => (window.caliper.measureDebug as Dbg).goTo('fusion-fused', p), c);
    const toPage = async (p: V3): Promise<[number, number]> => {
      const [x, y] = await page.evaluate((p) => (window.caliper.measureDebug as Dbg).worldToCanvas('fusion-fused', p), p);
      const box = (await page.locator('.viewport-cell[data-viewport-id="fusion-fused"] canvas').first().boundingBox())!;
      return [box.x + x, box.y + y];
    };
    await page.locator('[data-measure-tool="sphere"]').click();
    await drag(page, await toPage(c), await toPage([c[0] + 26, c[1], c[2]]));
    await expect.poll(async () => {
      const all = await lesions(page);
      return all[0] ? Object.values(all[0].results).filter((r) => r !== null).length : 0;
    }, { timeout: 60_000 }).toBe(2);
    const results = Object.values((await lesions(page))[0].results);
    const pet = results.find((r) => r?.unit === 'SUVbw')!;
    const ct = results.find((r) => r?.unit === 'HU')!;
    expect(pet.suv!.max).toBeCloseTo(L.pet.SUVmax_SUVbw, 3);
    expect(ct.mean).toBeGreaterThan(20);
    expect(ct.mean).toBeLessThan(70);
    await page.screenshot({ path: docShot('measure-fusion-sphere.png') });
  });

  test('a rectangle drawn on the PET MIP with "41 % of SUVmax" is a box through the body: the lesion\'s true SUVmax and MTV', async ({ page, pageErrors }) => {
    void pageErrors;
    const L = truth!.lesions.find((l) => l.id === 'L1')!;
    await openApp(page);
    await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), truth!.grids.ct.seriesInstanceUID);
    const MIP = 'fusion-mip';
    const toPage = async (p: V3): Promise<[number, number]> => {
      const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).worldToCanvas(vp, p), { vp: MIP, p });
      const box = (await page.locator(`.viewport-cell[data-viewport-id="${MIP}"] canvas`).first().boundingBox())!;
      return [box.x + x, box.y + y];
    };
    await page.getByLabel('PET threshold').selectOption('percentOfMax');
    await expect(page.getByLabel('threshold value')).toHaveValue('41');
    await page.locator('[data-measure-tool="rectangle"]').click();
    // Around L1 on the coronal MIP (x -85 ± 27 mm, z -80 ± 20 mm); L3 (z -125 ± 18) stays outside.
    const c = L.shape.centre_mm;
    await drag(page, await toPage([c[0] - 27, c[1], c[2] + 20]), await toPage([c[0] + 27, c[1], c[2] - 20]));
    await expect.poll(async () => (await lesions(page))[0]?.tool, { timeout: 60_000 }).toBe('petThreshold');
    await expect.poll(async () => firstResult((await lesions(page))[0])?.voxelCount ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
    const r = firstResult((await lesions(page))[0])!;
    expect(r.unit).toBe('SUVbw');
    expect(r.suv!.max).toBeCloseTo(L.pet.SUVmax_SUVbw, 3);
    // Every voxel ≥ 41 % of SUVmax in the box is L1's (the truth counts them in L1's search VOI).
    expect(r.volumeMl).toBeCloseTo(L.pet.MTV_41pctMax_mL, 2);
    await page.screenshot({ path: docShot('measure-pet-mip-box.png') });
  });
});
