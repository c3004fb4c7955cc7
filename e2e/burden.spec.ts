import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import type { burdenApi } from '../apps/viewer/src/features/burden/api/burdenApi';
import { docShot } from './support/docShot';

type BurdenApi = typeof burdenApi;
interface MeasureDebug {
  goTo(viewportId: string, lps: readonly number[]): Promise<string>;
  worldToCanvas(viewportId: string, lps: readonly number[]): [number, number];
}

/**
 * Whole-body PET burden (issue 14) on the demo's baseline PET: the panel's suv2.5 run with the
 * automatic exclusion must agree with `caliper burden` on the same files (the build's copy of
 * public/demo/baseline/pet), and with the phantom's analytic truth (demo/truth/baseline.json: each
 * lesion's MTV at SUV 2.5 and SUVmax).
 */
const ROOT = resolve(import.meta.dirname, '..');
// The files the app under test serves (its build's copy of public/demo): the CLI reads the same ones.
const TRUTH = join(DIST, 'demo/truth/baseline.json');
const PET = join(DIST, 'demo/baseline/pet');
const cli = (...args: string[]) =>
  JSON.parse(execFileSync('pnpm', ['--silent', 'caliper', 'burden', PET, ...args, '--json'], { cwd: ROOT, encoding: 'utf8' }));

interface Lesion { id: number; voxelCount: number; volumeMl: number; suvMax: number; suvPeak: number; suvMean: number; tlg: number; centroidMm: number[] }
interface Report {
  method: string; thresholdSuv: number; lesions: Lesion[]; exclusion: { source: string; voxelCount: number; organs: string[] };
  totals: { lesionCount: number; tmtvMl: number; tlg: number; dmaxMm: number; sdmaxPerM: number | null };
  reference: { liverSulMean: number | null; liverSulSd: number | null; mediastinumSuvMean: number | null };
  tracer: { name: string; nuclide: string; halfLifeS: number; warnings: string[] } | null;
}

const sameLesions = (a: Lesion[], b: Lesion[]) => {
  expect(a.map((l) => l.voxelCount)).toEqual(b.map((l) => l.voxelCount));
  a.forEach((l, i) => {
    for (const k of ['volumeMl', 'suvMax', 'suvPeak', 'suvMean', 'tlg'] as const) expect(l[k]).toBeCloseTo(b[i][k], 6);
    l.centroidMm.forEach((c, d) => expect(c).toBeCloseTo(b[i].centroidMm[d], 6));
  });
};

test('whole-body burden: suv2.5 with auto exclusion in the panel agrees with caliper burden and the truth', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')) || !existsSync(TRUTH), 'public/demo not generated');
  test.setTimeout(240_000);
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8'));
  const expected: Report = cli('--method', 'suv2.5', '--exclude', 'auto');

  await openApp(page);
  const pt: string = truth.grids.pet.seriesInstanceUID;
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), pt);
  const panel = page.locator('section[aria-label="Whole-body PET"]');
  await expect(panel).toBeVisible();
  // Tracer and nuclide from the header; FDG → SUV ≥ 4 is the tracer's default.
  await expect(panel.locator('.tracer')).toContainText('FDG');
  await expect(panel.locator('.tracer')).toContainText('F-18');
  await expect(panel.getByLabel('Burden method')).toHaveValue('suv4');

  await panel.getByLabel('Burden method').selectOption('suv2.5');
  await expect(panel.getByLabel('Exclude physiological uptake')).toBeChecked();
  await panel.getByRole('button', { name: 'Segment whole body' }).click();
  await expect(panel.locator('[data-burden-result="suv2.5"]')).toBeVisible();

  const viewer = (await page.evaluate(() => (window.caliper.burden as BurdenApi).result())) as unknown as Report;
  // Viewer and CLI agree on the same files.
  expect(viewer.thresholdSuv).toBe(expected.thresholdSuv);
  expect(viewer.exclusion).toEqual(expected.exclusion);
  sameLesions(viewer.lesions, expected.lesions);
  expect(viewer.totals.lesionCount).toBe(expected.totals.lesionCount);
  expect(viewer.totals.tmtvMl).toBeCloseTo(expected.totals.tmtvMl, 6);
  expect(viewer.totals.tlg).toBeCloseTo(expected.totals.tlg, 4);
  expect(viewer.totals.dmaxMm).toBeCloseTo(expected.totals.dmaxMm, 6);
  expect(viewer.totals.sdmaxPerM!).toBeCloseTo(expected.totals.sdmaxPerM!, 9);
  expect(viewer.tracer?.name).toBe(expected.tracer?.name);
  // And the phantom's truth: every lesion is one truth lesion's SUV 2.5 region.
  const truthPet = truth.lesions.map((l: { pet: { MTV_SUV2_5_mL: number; SUVmax_SUVbw: number } }) => l.pet);
  expect(viewer.lesions).toHaveLength(truthPet.length);
  for (const l of viewer.lesions) {
    const t = truthPet.find((p: { MTV_SUV2_5_mL: number }) => Math.abs(p.MTV_SUV2_5_mL - l.volumeMl) < 1e-6);
    expect(t, `lesion ${l.id} (${l.volumeMl} mL) in the truth`).toBeTruthy();
    expect(l.suvMax).toBeCloseTo(t.SUVmax_SUVbw, 4);
  }

  // The table shows every lesion, the totals carry units.
  await expect(panel.locator('tbody tr[data-burden-lesion]')).toHaveCount(expected.lesions.length);
  await expect(panel.locator('[data-total="tmtv"]')).toHaveText(`${expected.totals.tmtvMl.toFixed(2)} mL`);
  await expect(panel.locator('[data-total="dmax"]')).toHaveText(`${expected.totals.dmaxMm.toFixed(1)} mm`);

  // A click on a row brings its plane: the fused view then outlines that lesion.
  const second = expected.lesions[1];
  await panel.locator(`tbody tr[data-burden-lesion="${second.id}"]`).click();
  await expect(page.locator(`.burden-outlines[data-viewport-id="fusion-fused"] path[data-burden-lesion="${second.id}"]`)).toHaveCount(1);
  await expect(page.locator(`.burden-outlines[data-viewport-id="fusion-ct"] path[data-burden-lesion="${second.id}"]`)).toHaveCount(1);
  // The MIP shows every lesion's footprint.
  await expect(page.locator('.burden-outlines[data-viewport-id="fusion-mip"] path[data-burden-lesion]')).toHaveCount(expected.lesions.length);
  await panel.locator('table[aria-label="Burden lesions"]').scrollIntoViewIfNeeded();
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500);
  await page.screenshot({ path: docShot('burden-panel.png') });
  await page.locator('.viewport-cell[data-viewport-id="fusion-fused"]').screenshot({ path: 'test-results/burden-fused.png' });

  // The reader removes the smallest lesion: totals are recomputed over the kept ones.
  const smallest = expected.lesions[expected.lesions.length - 1];
  await panel.getByRole('button', { name: `remove lesion ${smallest.id}` }).click();
  await expect(panel.locator('tbody tr[data-burden-lesion]')).toHaveCount(expected.lesions.length - 1);
  const kept = (await page.evaluate(() => (window.caliper.burden as BurdenApi).result())) as unknown as Report;
  expect(kept.totals.lesionCount).toBe(expected.lesions.length - 1);
  expect(kept.totals.tmtvMl).toBeCloseTo(expected.totals.tmtvMl - smallest.volumeMl, 9);
  expect(kept.totals.tlg).toBeCloseTo(expected.totals.tlg - smallest.tlg, 6);
  await expect(panel.locator('[data-total="tmtv"]')).toHaveText(`${(expected.totals.tmtvMl - smallest.volumeMl).toFixed(2)} mL`);
  expect(await page.evaluate(() => (window.caliper.burden as BurdenApi).lesions().length)).toBe(expected.lesions.length - 1);

  // The reader merges the two largest: one lesion under id 1, volumes and TLG add, SUVmax the larger.
  const [l1, l2] = expected.lesions;
  await panel.getByLabel(`select lesion ${l1.id}`).check();
  await panel.getByLabel(`select lesion ${l2.id}`).check();
  await panel.getByRole('button', { name: `Merge #${l1.id} + #${l2.id}` }).click();
  await expect(panel.locator('tbody tr[data-burden-lesion]')).toHaveCount(expected.lesions.length - 2);
  const merged = (await page.evaluate(() => (window.caliper.burden as BurdenApi).result())) as unknown as Report;
  expect(merged.totals.lesionCount).toBe(expected.lesions.length - 2);
  expect(merged.totals.tmtvMl).toBeCloseTo(kept.totals.tmtvMl, 9);
  const one = merged.lesions.find((l) => l.id === l1.id)!;
  expect(one.voxelCount).toBe(l1.voxelCount + l2.voxelCount);
  expect(one.tlg).toBeCloseTo(l1.tlg + l2.tlg, 6);
  expect(one.suvMax).toBe(Math.max(l1.suvMax, l2.suvMax));

  // PERCIST needs the liver reference: refused with the reason, then run with the truth's liver sphere.
  await expect(page.evaluate(() => (window.caliper.burden as BurdenApi).run({ method: 'percist' }))).rejects.toThrow(/liver/);
  // Reference regions by one click each: the liver sphere and the blood-pool cylinder on the CT view.
  const clickAt = async (label: string, at: number[]) => {
    await page.evaluate((c) => (window.caliper.measureDebug as MeasureDebug).goTo('fusion-ct', c), at);
    const [x, y] = await page.evaluate((c) => (window.caliper.measureDebug as MeasureDebug).worldToCanvas('fusion-ct', c), at);
    const box = (await page.locator('.viewport-element[data-viewport-uid="fusion-ct"]').boundingBox())!;
    await panel.getByLabel(label).click();
    await page.mouse.click(box.x + x, box.y + y);
  };
  const liver: number[] = truth.pet.referenceRegions[0].centre_mm;
  const blood: number[] = truth.pet.referenceRegions[1].centre_mm;
  // A measured lesion marked as liver reference (Response panel's marking) is offered as the centre.
  await expect(panel.getByRole('button', { name: /^Use / })).toHaveCount(0);
  await page.evaluate(({ c, uid }) => (window.caliper.grow as (c: number[], o: object) => Promise<unknown>)(c, { lower: 1.5, upper: 2.5, seriesInstanceUID: uid }), { c: liver as [number, number, number], uid: pt });
  const grown = await page.evaluate(() => (window.caliper.lesions as () => { id: string; name: string }[])().at(-1)!);
  await page.evaluate((id) => (window.caliper.response as { setReference(id: string, r: string): void }).setReference(id, 'liver'), grown.id);
  await panel.getByRole('button', { name: `Use ${grown.name}` }).click();
  const fromLesion = (await panel.locator('[data-liver-center]').getAttribute('data-liver-center'))!.split(',').map(Number);
  // Its focus (the centre of the grown liver region, 1.5–2.5 SUVbw around the truth's sphere centre).
  expect(fromLesion.every(Number.isFinite)).toBe(true);
  expect(Math.hypot(...fromLesion.map((c, d) => c - liver[d]))).toBeLessThan(100);
  await clickAt('Place the liver reference', liver);
  const liverAt = (await panel.locator('[data-liver-center]').getAttribute('data-liver-center'))!.split(',').map(Number);
  liverAt.forEach((c, d) => expect(Math.abs(c - liver[d])).toBeLessThan(1));
  await clickAt('Place the blood-pool reference', blood);
  const bloodAt = (await panel.locator('[data-blood-center]').getAttribute('data-blood-center'))!.split(',').map(Number);
  bloodAt.forEach((c, d) => expect(Math.abs(c - blood[d])).toBeLessThan(1));

  await panel.getByLabel('Burden method').selectOption('percist');
  await panel.getByRole('button', { name: 'Segment whole body' }).click();
  await expect(panel.locator('[data-burden-result="percist"]')).toBeVisible();
  const percist = (await page.evaluate(() => (window.caliper.burden as BurdenApi).result())) as unknown as Report;
  const percistCli: Report = cli('--method', 'percist', '--exclude', 'auto', `--liver-center-mm=${liverAt.join(',')}`, `--blood-center-mm=${bloodAt.join(',')}`);
  // The viewer's SUVbw voxels are Float32 (Cornerstone scales at decode): the liver mean agrees to ~1e-8.
  expect(percist.thresholdSuv).toBeCloseTo(percistCli.thresholdSuv, 6);
  sameLesions(percist.lesions, percistCli.lesions);
  if (percistCli.reference.liverSulMean === null) expect(percist.reference.liverSulMean).toBeNull();
  else expect(percist.reference.liverSulMean!).toBeCloseTo(percistCli.reference.liverSulMean, 6);
  expect(percist.reference.mediastinumSuvMean!).toBeCloseTo(percistCli.reference.mediastinumSuvMean!, 6);
  // The phantom's liver: SUVbw 2 (mean of its 3 cm sphere in the truth).
  expect(Number(await panel.locator('[data-liver-mean]').getAttribute('data-liver-mean'))).toBeCloseTo(truth.pet.referenceRegions[0].SUVmean_SUVbw, 1);
});

/**
 * The reader edits the burden with real pointer events on the demo PET/CT (fusion layout, suv2.5,
 * minimum 5 mL so the 4.99 mL node N1 is left out): adds N1 by a click, is refused on a lesion
 * and below the threshold, splits L1 between two clicks, paints the exclusion over L2 (it goes,
 * TMTV drops by its volume), erases it (it comes back), undoes with Ctrl+Z, and round-trips the
 * exclusion through a DICOM SEG. Totals are checked against the lesions and the phantom's truth.
 */
test('whole-body burden editing: add, split, exclusion brush and eraser, SEG export/import, undo', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')) || !existsSync(TRUTH), 'public/demo not generated');
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8'));
  const lesionTruth = (id: string) => truth.lesions.find((l: { id: string }) => l.id === id) as { shape: { centre_mm: number[] }; pet: { MTV_SUV2_5_mL: number; SUVmax_SUVbw: number; TLG_SUV2_5_SUVbw_mL: number } };
  await openApp(page);
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), truth.grids.pet.seriesInstanceUID as string);
  const panel = page.locator('section[aria-label="Whole-body PET"]');
  await panel.getByLabel('Burden method').selectOption('suv2.5');
  await panel.getByLabel('Minimum lesion volume').fill('5');
  await panel.getByRole('button', { name: 'Segment whole body' }).click();
  await expect(panel.locator('[data-burden-result="suv2.5"]')).toBeVisible();
  const result = async () => (await page.evaluate(() => (window.caliper.burden as BurdenApi).result())) as unknown as Report;
  const r0 = await result();
  expect(r0.lesions.map((l) => l.volumeMl)).toEqual([53.632, 23.616, 6.784].map((v) => expect.closeTo(v, 9)) as unknown as number[]);
  // Totals always equal the sums over the kept lesions (and the table shows them).
  const consistent = async (r: Report) => {
    expect(r.totals.lesionCount).toBe(r.lesions.length);
    expect(r.totals.tmtvMl).toBeCloseTo(r.lesions.reduce((s, l) => s + l.volumeMl, 0), 9);
    expect(r.totals.tlg).toBeCloseTo(r.lesions.reduce((s, l) => s + l.tlg, 0), 6);
    await expect(panel.locator('[data-total="tmtv"]')).toHaveText(`${r.totals.tmtvMl.toFixed(2)} mL`);
    await expect(panel.locator('[data-total="lesions"]')).toHaveText(String(r.lesions.length));
  };
  await consistent(r0);

  // A real click at a patient point on the fused view (its plane brought to the point first).
  const fused = page.locator('.viewport-element[data-viewport-uid="fusion-fused"]');
  const at = async (p: number[]) => {
    await page.evaluate((c) => (window.caliper.measureDebug as MeasureDebug).goTo('fusion-fused', c), p);
    const [x, y] = await page.evaluate((c) => (window.caliper.measureDebug as MeasureDebug).worldToCanvas('fusion-fused', c), p);
    const box = (await fused.boundingBox())!;
    return [box.x + x, box.y + y] as const;
  };
  const click = async (p: number[]) => {
    const [x, y] = await at(p);
    await page.mouse.click(x, y);
  };

  // Add: N1 by a click; it is measured like the others (the truth's MTV at SUV 2.5 and SUVmax).
  const n1 = lesionTruth('N1');
  await panel.getByRole('button', { name: 'Add lesion' }).click();
  await click(n1.shape.centre_mm);
  await expect(panel.locator('tbody tr[data-burden-lesion="4"]')).toBeVisible();
  const r1 = await result();
  const added = r1.lesions.find((l) => l.id === 4)!;
  expect(added.volumeMl).toBeCloseTo(n1.pet.MTV_SUV2_5_mL, 9);
  expect(added.suvMax).toBeCloseTo(n1.pet.SUVmax_SUVbw, 4);
  expect(added.tlg).toBeCloseTo(n1.pet.TLG_SUV2_5_SUVbw_mL, 4);
  await consistent(r1);
  // Refused on a kept lesion and below the threshold (the liver reference sphere, SUV 2).
  const l1 = lesionTruth('L1');
  await click(l1.shape.centre_mm);
  await expect(panel.locator('[data-edit-message]')).toHaveText('the point is already in lesion #2');
  await click(truth.pet.referenceRegions[0].centre_mm);
  await expect(panel.locator('[data-edit-message]')).toContainText('below the threshold 2.50');
  await panel.getByRole('button', { name: 'Add lesion' }).click();

  // Split L1 (#2) between two clicks along its long axis (±10 mm from its centre, same slice).
  await panel.getByLabel('select lesion 2').check();
  await panel.getByRole('button', { name: 'Split #2' }).click();
  const c = l1.shape.centre_mm;
  await click([c[0] - 8.66, c[1] - 5, c[2]]);
  await click([c[0] + 8.66, c[1] + 5, c[2]]);
  await expect(panel.locator('[data-split-points]')).toHaveText('2 points');
  await expect(page.locator('.burden-outlines[data-viewport-id="fusion-fused"] [data-split-point]')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Split into 2' }).click();
  await expect(panel.locator('tbody tr[data-burden-lesion="5"]')).toBeVisible();
  const r2 = await result();
  const parts = r2.lesions.filter((l) => l.id === 2 || l.id === 5);
  expect(parts).toHaveLength(2);
  expect(parts[0].voxelCount + parts[1].voxelCount).toBe(369);
  expect(parts[0].volumeMl + parts[1].volumeMl).toBeCloseTo(l1.pet.MTV_SUV2_5_mL, 9);
  expect(parts[0].tlg + parts[1].tlg).toBeCloseTo(l1.pet.TLG_SUV2_5_SUVbw_mL, 4);
  expect(Math.max(parts[0].suvMax, parts[1].suvMax)).toBeCloseTo(l1.pet.SUVmax_SUVbw, 4);
  expect(Math.min(parts[0].voxelCount, parts[1].voxelCount)).toBeGreaterThan(100);
  await consistent(r2);

  // Paint the exclusion over L2 (#3) with a 25 mm brush, by a press-drag-release on the fused view.
  const l2 = lesionTruth('L2');
  await panel.getByLabel('Brush radius').fill('25');
  await panel.getByRole('button', { name: 'Paint exclusion' }).click();
  const [px, py] = await at(l2.shape.centre_mm);
  await page.mouse.move(px - 5, py);
  await page.mouse.move(px, py);
  // The brush's footprint follows the pointer (25 mm on the fused view's scale).
  await expect(page.locator('.burden-outlines[data-viewport-id="fusion-fused"] [data-brush-cursor="paint"]')).toHaveCount(1);
  await page.locator('.viewport-cell[data-viewport-id="fusion-fused"]').screenshot({ path: 'test-results/burden-brush.png' });
  await page.mouse.down();
  await page.mouse.move(px + 3, py + 2, { steps: 3 });
  await page.mouse.up();
  await expect(panel.locator('tbody tr[data-burden-lesion="3"]')).toHaveCount(0);
  await expect(page.locator('.burden-outlines[data-viewport-id="fusion-fused"] path[data-burden-excluded]')).toHaveCount(1);
  const r3 = await result();
  expect(r3.exclusion.source).toBe('edited');
  expect(r3.exclusion.voxelCount).toBeGreaterThan(800);
  expect(r3.totals.tmtvMl).toBeCloseTo(r2.totals.tmtvMl - l2.pet.MTV_SUV2_5_mL, 9);
  expect(r3.totals.tlg).toBeCloseTo(r2.totals.tlg - l2.pet.TLG_SUV2_5_SUVbw_mL, 4);
  // The reader's edits survive the re-run: the split parts and the added node keep their ids.
  expect(r3.lesions.map((l) => l.id)).toEqual([1, 2, 4, 5]);
  await consistent(r3);

  // The eraser gives the voxels back: L2 returns (a new id), totals as before.
  await panel.getByRole('button', { name: 'Erase exclusion' }).click();
  await panel.getByLabel('Brush radius').fill('30');
  await page.mouse.click(px, py);
  await expect(panel.locator('tbody tr[data-burden-lesion]')).toHaveCount(5);
  const r4 = await result();
  expect(r4.exclusion.voxelCount).toBe(0);
  expect(r4.totals.tmtvMl).toBeCloseTo(r2.totals.tmtvMl, 9);
  expect(r4.lesions.find((l) => l.id === 6)?.volumeMl).toBeCloseTo(l2.pet.MTV_SUV2_5_mL, 9);
  await consistent(r4);
  await panel.getByRole('button', { name: 'Erase exclusion' }).click();

  // Undo (Ctrl+Z in the panel) takes back the eraser, then the brush: L2 is #3 again.
  await panel.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await result()).totals.tmtvMl).toBeCloseTo(r3.totals.tmtvMl, 9);
  await page.keyboard.press('Control+z');
  await expect(panel.locator('tbody tr[data-burden-lesion="3"]')).toBeVisible();
  expect((await result()).totals.tmtvMl).toBeCloseTo(r2.totals.tmtvMl, 9);
  // Redo the brush, save the exclusion as a SEG; undo it; import the SEG: the same exclusion, L2 gone again.
  await page.keyboard.press('Control+y');
  await expect(panel.locator('tbody tr[data-burden-lesion="3"]')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export SEG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^caliper_.*_burden-exclusion-seg\.dcm$/);
  const segPath = join('test-results', 'burden-exclusion.dcm');
  await download.saveAs(segPath);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('tbody tr[data-burden-lesion="3"]')).toBeVisible();
  await panel.getByLabel('Import exclusion SEG').setInputFiles(segPath);
  await expect(panel.locator('tbody tr[data-burden-lesion="3"]')).toHaveCount(0);
  const r5 = await result();
  expect(r5.exclusion).toEqual({ source: 'seg', voxelCount: r3.exclusion.voxelCount, organs: ['Excluded uptake'] });
  expect(r5.totals.tmtvMl).toBeCloseTo(r3.totals.tmtvMl, 9);
  await consistent(r5);
  // A file that is not a SEG: the error names it.
  await panel.getByLabel('Import exclusion SEG').setInputFiles({ name: 'notes.dcm', mimeType: 'application/dicom', buffer: Buffer.from('not dicom') });
  await expect(panel.locator('[data-edit-message]')).toContainText('notes.dcm: ');

  // Tooltips carry units and method.
  await expect(panel.locator('dl.totals > div').nth(1)).toHaveAttribute('title', /sum of the lesion volumes.*method suv2\.5/);
  await expect(panel.getByLabel('Brush radius').locator('..')).toHaveAttribute('title', /mm/);
  await panel.locator('[data-burden-result]').scrollIntoViewIfNeeded();
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500);
  await page.screenshot({ path: docShot('burden-editing.png') });
  await panel.screenshot({ path: 'test-results/burden-edit-panel.png' });
});
