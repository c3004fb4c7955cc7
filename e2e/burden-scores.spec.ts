import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { importSr } from '../packages/report/src/sr/importSr';
import type { burdenApi } from '../apps/viewer/src/features/burden/api/burdenApi';

type BurdenApi = typeof burdenApi;
interface Ref { ok: boolean; value: { mean: number; sd: number; max: number | null; cv: number; centerMm: number[] } }

/**
 * Reference regions and visual scores of the whole-body reading (issue 14) on the demo's FDG PET/CT:
 * Caliper proposes the liver sphere and the blood-pool cylinder from the PET and CT (the demo's true
 * liver SUVbw 2.0 and blood pool 1.6), proposes a Deauville score per lesion by the stated rule, the
 * reader confirms one with the mouse (overriding the proposal), and the confirmed score is in the SR.
 */
const TRUTH = join(DIST, 'demo/truth/baseline.json');

test('whole-body PET: proposed reference regions, Deauville proposals, the reader confirms, the SR carries it', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')) || !existsSync(TRUTH), 'public/demo not generated');
  test.setTimeout(240_000);
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8'));
  const [liverTruth, bloodTruth] = truth.pet.referenceRegions as { trueSUVbw: number }[];
  await openApp(page);
  await page.evaluate((u) => window.caliper.open(u, { viewport: 'fusion' }), truth.grids.pet.seriesInstanceUID);
  const panel = page.locator('section[aria-label="Whole-body PET"]');
  await expect(panel).toBeVisible();

  // FDG → Deauville, read against the liver and the blood pool; Caliper proposes both positions.
  const refsTable = panel.locator('table[aria-label="Reference regions"]');
  await expect(refsTable.locator('tr[data-reference]')).toHaveCount(2);
  await expect(refsTable.locator('tr[data-reference="liver"]')).toContainText('not placed');
  await panel.getByRole('button', { name: 'Propose positions' }).click();
  await expect(refsTable.locator('tr[data-reference="liver"]')).toContainText('±');
  await expect(refsTable.locator('tr[data-reference="blood"]')).toContainText('±');
  const refs = (await page.evaluate(() => (window.caliper.burden as BurdenApi).scores.references())) as unknown as Record<string, Ref>;
  expect(refs.liver.ok && refs.blood.ok).toBe(true);
  // Inside homogeneous liver and blood: the phantom's true uptake within noise (liver SD ≈ 0.1).
  expect(Math.abs(refs.liver.value.mean - liverTruth.trueSUVbw)).toBeLessThan(0.05);
  expect(refs.liver.value.cv).toBeLessThanOrEqual(0.3);
  expect(Math.abs(refs.blood.value.mean - bloodTruth.trueSUVbw)).toBeLessThan(0.08);
  // The proposed liver centre is also the panel's liver reference (it feeds PERCIST).
  await expect(panel.locator('[data-liver-center]')).toBeVisible();

  await panel.getByLabel('Burden method').selectOption('suv2.5');
  await panel.getByRole('button', { name: 'Segment whole body' }).click();
  await expect(panel.locator('[data-burden-result="suv2.5"]')).toBeVisible();
  const scores = panel.locator('table[aria-label="Deauville 5-point score (Lugano)"]');
  const lesions = await page.evaluate(() => (window.caliper.burden as BurdenApi).lesions());
  await expect(scores.locator('tr[data-score-lesion]')).toHaveCount(lesions.length);

  // Each proposal by the rule, by hand: > liver mean → 5 when ≥ 2 × liver max, else 4; ≤ blood → 2; else 3.
  const L = refs.liver.value, B = refs.blood.value;
  for (const l of lesions) {
    const want = l.suvMax > L.mean ? (l.suvMax >= 2 * L.max! ? 5 : 4) : l.suvMax <= B.mean ? 2 : 3;
    await expect(scores.locator(`tr[data-score-lesion="${l.id}"] td[data-proposed]`)).toHaveAttribute('data-proposed', String(want));
  }
  const first = scores.locator(`tr[data-score-lesion="${lesions[0].id}"]`);
  await expect(first.locator('td[data-proposed]')).toHaveAttribute('title', /lesion SUVmax .* liver SUVmax/);

  // The reader confirms lesion 1 as 4 (overriding the proposal) with the select.
  await first.getByRole('combobox').selectOption('4');
  const listed = await page.evaluate(() => (window.caliper.burden as BurdenApi).scores.lesions());
  expect(listed.find((s) => s.id === lesions[0].id)?.confirmed).toEqual({ deauville: 4 });
  expect(listed.filter((s) => s.confirmed.deauville !== undefined)).toHaveLength(1);

  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/burden-scores-panel.png' });

  // The SR carries the confirmed score on that lesion's group.
  await page.evaluate(() => (window.caliper.reading as { flush(): Promise<void> }).flush());
  const bytes = await page.evaluate(async () => Array.from((await (window.caliper.exportDicom as () => Promise<{ sr: Uint8Array }>)()).sr));
  const sr = importSr(Uint8Array.from(bytes));
  if (!sr.ok) throw new Error(sr.error);
  const inSr = sr.value.burden!.lesions.find((l) => l.id === lesions[0].id);
  expect(inSr?.deauville).toBe(4);
  expect(sr.value.burden!.lesions.filter((l) => l.deauville !== undefined)).toHaveLength(1);
});
