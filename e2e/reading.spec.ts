import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { orthancAvailable, startOrthanc, type OrthancHandle } from './fixtures/orthanc';
import { expect, openApp, test, wipeReadings } from './support/test';

// Issue 6: a reading survives a reload (IndexedDB autosave), goes to a real Orthanc as SR + SEG
// (STOW-RS) and comes back from it after local storage is wiped; server faults never lose it.
const DEMO = join(import.meta.dirname, '..', 'public', 'demo');
const TRUTH = join(DEMO, 'truth', 'baseline.json');
const CT_DIR = join(DEMO, 'baseline', 'ct');
const hasDemo = existsSync(TRUTH) && existsSync(CT_DIR);
const TOKEN = 'reading-e2e-token';
type V3 = [number, number, number];
interface Truth {
  studyInstanceUID: string;
  grids: { ct: { seriesInstanceUID: string } };
  lesions: { id: string; shape: { centre_mm: V3 }; recist: { longAxisEndpoints_lps_mm: V3[] } }[];
}
const truth = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;
const VP = 'vp-0';

interface Res { linesMm: number[]; volumeMl: number; mean: number | null; voxelCount: number }
interface ApiLesion { id: string; name: string; tool: string; results: Record<string, Res | { error: string } | null> }
const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());
const resultOf = (l: ApiLesion | undefined): Res | null => {
  const r = l && Object.values(l.results).find((x) => x !== null && !('error' in x));
  return (r as Res | undefined) ?? null;
};
/** Lesions by tool with their first result, once every lesion has one. */
async function settled(page: Page, n: number): Promise<Record<string, Res>> {
  await expect.poll(async () => (await lesions(page)).filter((l) => resultOf(l)).length, { timeout: 60_000 }).toBe(n).catch(async (e: unknown) => {
    console.log(JSON.stringify(await lesions(page)).slice(0, 3000));
    console.log(JSON.stringify(await page.evaluate(() => (window.caliper.measureDebug as { state(): unknown }).state())));
    console.log(JSON.stringify(await page.evaluate(() => window.caliper.errors())));
    throw e;
  });
  return Object.fromEntries((await lesions(page)).map((l) => [l.tool, resultOf(l)!]));
}

async function openFromOrthanc(page: Page, orthanc: OrthancHandle) {
  await page.getByRole('button', { name: 'DICOMweb…' }).click();
  await page.getByTestId('dicomweb-url').fill(orthanc.dicomWebUrl);
  await page.getByTestId('dicomweb-token').fill(TOKEN);
  await page.getByTestId('dicomweb-search').click();
  await page.getByTestId('dicomweb-studies').getByRole('button').first().click();
  await expect(page.getByRole('dialog', { name: 'DICOMweb server' })).toBeHidden({ timeout: 90_000 });
  await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
}

async function toPage(page: Page, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { worldToCanvas(v: string, p: V3): [number, number] }).worldToCanvas(vp, p), { vp: VP, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${VP}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}

const status = (page: Page) => page.locator('.save-status-pacs');

test.describe('reading persistence: autosave, SR/SEG, PACS round trip (real Orthanc)', () => {
  test.skip(!orthancAvailable(), 'Orthanc + DICOMweb plugin not installed (apt-get install orthanc orthanc-dicomweb)');
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');
  test.setTimeout(400_000);
  let orthanc: OrthancHandle;

  test.beforeAll(async () => {
    orthanc = await startOrthanc({ token: TOKEN });
    await orthanc.stow(readdirSync(CT_DIR).map((f) => join(CT_DIR, f)));
  });
  test.afterAll(async () => {
    await orthanc?.stop();
  });

  test('read → reload → Save to PACS (500, 401, retry) → wipe local → reopen from Orthanc: every lesion and value back', async ({ page, pageErrors }) => {
    void pageErrors;
    const L1 = truth!.lesions.find((l) => l.id === 'L1')!;
    const L2 = truth!.lesions.find((l) => l.id === 'L2')!;
    await openApp(page);
    await openFromOrthanc(page, orthanc);

    // A grown (segmented) lesion through the API, a RECIST bidirectional with the mouse.
    await page.evaluate((c) => (window.caliper.grow as (p: V3) => Promise<unknown>)(c), L1.shape.centre_mm);
    await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, p: V3): Promise<void> }).goTo(vp, p), { vp: VP, p: L2.recist.longAxisEndpoints_lps_mm[0] });
    await page.locator('[data-measure-tool="bidirectional"]').click();
    const [a, b] = L2.recist.longAxisEndpoints_lps_mm;
    const from = await toPage(page, a), to = await toPage(page, b);
    await page.mouse.move(from[0], from[1]);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 12 });
    await page.mouse.up();
    const made = await settled(page, 2);
    expect(made.bidirectional.linesMm).toHaveLength(2);
    expect(made.grow.volumeMl).toBeGreaterThan(1);
    await expect(page.locator('.save-status-local')).toHaveText('Saved locally ✓');

    // DICOM SR + SEG from the browser pass dciodvfy without errors.
    const dicom = await page.evaluate(async () => {
      const e = await (window.caliper.exportDicom as () => Promise<{ sr: Uint8Array; seg?: Uint8Array }>)();
      return { sr: Array.from(e.sr), seg: e.seg ? Array.from(e.seg) : null };
    });
    const cur = await page.evaluate((uid) => {
      const c = (window.caliper.reading as { current(u: string): { reading: { lesions: { geometry: { kind: string } }[]; segmentations: unknown[] }; skipped: unknown[] } }).current(uid);
      return { kinds: c.reading.lesions.map((l) => l.geometry.kind), segs: c.reading.segmentations.length, skipped: c.skipped };
    }, truth!.studyInstanceUID);
    const runsOf = () => page.evaluate((uid) => {
      const c = (window.caliper.reading as { current(u: string): { reading: { segmentations: { labelmap: { runs: Uint32Array } }[] } } }).current(uid);
      return Array.from(c.reading.segmentations[0]?.labelmap.runs ?? []);
    }, truth!.studyInstanceUID);
    const runsBefore = await runsOf();
    expect(cur).toEqual({ kinds: ['segment', 'recist'], segs: 1, skipped: [] });
    expect(dicom.seg).not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'caliper-reading-'));
    for (const [name, bytes] of [['sr.dcm', dicom.sr], ['seg.dcm', dicom.seg!]] as const) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.from(bytes));
      // dciodvfy prints its findings on stderr and exits non-zero on warnings too: read both streams.
      const report = execFileSync('sh', ['-c', `/usr/bin/dciodvfy '${file}' 2>&1 || true`], { encoding: 'utf8' });
      expect(report.split('\n').filter((l) => /^Error/.test(l)), name).toEqual([]);
    }

    // Reload: the reading comes back from IndexedDB with the same values.
    await page.reload();
    await page.waitForFunction(() => typeof window.caliper === 'object');
    await page.evaluate(() => window.caliper.ready);
    await openFromOrthanc(page, orthanc);
    const reloaded = await settled(page, 2);
    // The saved labelmap is the same voxel for voxel.
    expect(await runsOf()).toEqual(runsBefore);
    expect(reloaded.bidirectional.linesMm).toEqual(made.bidirectional.linesMm);
    expect(reloaded.grow.volumeMl).toBe(made.grow.volumeMl);
    expect(reloaded.grow.mean).toBe(made.grow.mean);

    // Save to PACS through server faults: clear message, reading kept locally, retry succeeds.
    orthanc.setFault(500);
    await page.getByRole('button', { name: 'Save to PACS' }).click();
    await expect(status(page)).toContainText('Not saved to PACS');
    await expect(status(page)).toContainText('500');
    const local = await page.evaluate(() => (window.caliper.reading as { list(): Promise<{ lesionCount: number }[]> }).list());
    expect(local.map((r) => r.lesionCount)).toEqual([2]);
    orthanc.setFault(401);
    await status(page).getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toContainText('401 Unauthorized');
    orthanc.setFault(null);
    await status(page).getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toHaveText('Saved to PACS ✓');
    const modalities = (await (await fetch(`${orthanc.directUrl}/dicom-web/studies/${truth!.studyInstanceUID}/series`)).json()) as { '00080060': { Value: string[] } }[];
    expect(modalities.map((s) => s['00080060'].Value[0]).sort()).toEqual(['CT', 'SEG', 'SR']);

    // Wipe this browser's readings, reopen the study from Orthanc: the reading is restored from SR + SEG.
    await page.reload();
    await page.waitForFunction(() => typeof window.caliper === 'object');
    await wipeReadings(page);
    await page.evaluate(() => window.caliper.ready);
    expect(await page.evaluate(() => (window.caliper.reading as { list(): Promise<unknown[]> }).list())).toEqual([]);
    await openFromOrthanc(page, orthanc);
    const fromPacs = await settled(page, 2);
    // SCOORD3D coordinates are float32: lengths agree to well under a micrometre.
    fromPacs.bidirectional.linesMm.forEach((v, i) => expect(Math.abs(v - made.bidirectional.linesMm[i])).toBeLessThan(1e-3));
    expect(fromPacs.grow.volumeMl).toBe(made.grow.volumeMl);
    expect(fromPacs.grow.voxelCount).toBe(made.grow.voxelCount);
    expect(fromPacs.grow.mean).toBe(made.grow.mean);
    const names = (await lesions(page)).map((l) => l.name).sort();
    expect(names).toEqual(['Lesion 1', 'Lesion 2']);
    // …and it is saved locally again.
    await expect.poll(() => page.evaluate(async () => (await (window.caliper.reading as { list(): Promise<{ lesionCount: number }[]> }).list()).map((r) => r.lesionCount))).toEqual([2]);
  });
});
