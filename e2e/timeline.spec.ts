import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { TimelineApi } from '../apps/viewer/src/features/timeline/api/timelineApi';
import type { RigidTransform } from '../apps/viewer/src/features/timeline/align/types';
import { DIST, FIXTURE_MANIFEST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';
import { docShot } from './support/docShot';

/**
 * Longitudinal reading: the demo patient's three studies (baseline, follow-up 1 and 2; CT, PET, MR)
 * as a timeline, and prior | current side by side with synchronised slices, zoom/pan and window.
 */
const MANIFEST = join(DIST, 'demo', 'manifest.json');
const hasDemo = existsSync(MANIFEST);

type Study = { studyInstanceUID: string; studyDate: string; patientId?: string; series: { seriesInstanceUID: string; modality: string }[] };
/** The demo patient's studies (the demo's DCE, DSC and CT perfusion studies belong to other patients). */
const studies = (): Study[] => (hasDemo ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { studies: Study[] }).studies.filter((s) => s.patientId === 'CALIPER-PH-001') : []);
/** The demo patient's timeline in the panel (the demo also holds the perfusion studies of other patients). */
const demoTimeline = (page: Page) => page.getByTestId('timeline-panel').getByTestId('patient-timeline').filter({ hasText: 'CALIPER-PH-001' });
/** The liver lesion L1 of the demo (truth/*.json), LPS mm. */
const LIVER_LESION: [number, number, number] = [-85, -25, -80];

/** `window.caliper.timeline` (registered by the timeline feature; typed in its api/timelineApi.ts). */
declare global {
  interface Window {
    __timeline: () => TimelineApi;
  }
}
const withTimeline = (page: Page) => page.addInitScript(() => {
  window.__timeline = () => (window.caliper as unknown as { timeline: TimelineApi }).timeline;
});

/** Patient z (LPS mm) of the slice shown at the centre of a viewport, and the canvas size. */
async function shownZ(page: Page, viewportId: string): Promise<number> {
  const box = (await page.locator(`[data-viewport-id="${viewportId}"]`).boundingBox())!;
  return page.evaluate(([id, x, y]) => window.caliper.debug.sample(id as string, x as number, y as number).lps[2], [viewportId, box.width / 2, box.height / 2] as const);
}

/** Current LPS → prior LPS through an alignment (p_prior = R · p + t). */
function toPrior(t: RigidTransform, p: readonly number[]): [number, number, number] {
  const r = t.rotation;
  return [0, 1, 2].map((i) => r[3 * i] * p[0] + r[3 * i + 1] * p[1] + r[3 * i + 2] * p[2] + t.translationMm[i]) as [number, number, number];
}

/** Where a viewport draws a patient point (CSS px). */
const canvasOf = (page: Page, viewportId: string, lps: readonly [number, number, number]) =>
  page.evaluate(([id, p]) => window.caliper.debug.worldToCanvas(id as string, p as [number, number, number]), [viewportId, lps] as const);

async function wheel(page: Page, viewportId: string, notches: number): Promise<void> {
  const box = (await page.locator(`[data-viewport-id="${viewportId}"]`).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < Math.abs(notches); i++) {
    await page.mouse.wheel(0, Math.sign(notches) * 100);
    await page.waitForTimeout(60);
  }
}

test.describe('longitudinal reading: timeline and prior | current', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run demo` before building)');

  test('the demo patient’s three studies form one timeline, baseline first; excluded and baseline choices apply', async ({ page, pageErrors }) => {
    void pageErrors;
    await withTimeline(page);
    await openApp(page);
    const panel = page.getByTestId('timeline-panel');
    // The demo patient and the demo's DCE, DSC and CT perfusion patients: one timeline each.
    await expect(panel.getByTestId('patient-timeline')).toHaveCount(4);
    await expect(demoTimeline(page)).toHaveCount(1);
    const rows = demoTimeline(page).getByTestId('timepoint');
    await expect(rows).toHaveCount(3);
    const byDate = [...studies()].sort((a, b) => a.studyDate.localeCompare(b.studyDate));
    await expect(rows.locator('.tp-date')).toHaveText(['2026-01-12', '2026-03-09', '2026-05-04']);
    await expect(rows.getByTestId('timepoint-day')).toHaveText(['day 0', '+56 d', '+112 d']);
    await expect(rows.first()).toHaveAttribute('data-baseline', 'true');
    await expect(rows.first().locator('.badge.baseline')).toHaveText('Baseline');
    for (const r of await rows.all()) await expect(r.locator('.chip')).toHaveText(['CT', 'MR', 'PT']);
    const list = await page.evaluate(() => window.__timeline().list());
    const demo = list.find((t) => t.timepoints.some((p) => p.studyInstanceUID === byDate[0].studyInstanceUID))!;
    expect(demo.timepoints.map((p) => p.studyInstanceUID)).toEqual(byDate.map((s) => s.studyInstanceUID));
    expect(demo.baselineStudyUID).toBe(byDate[0].studyInstanceUID);

    // Exclude follow-up 1 from the panel: dimmed, skipped as default prior.
    await rows.nth(1).getByTestId('timepoint-exclude').click();
    await expect(rows.nth(1)).toHaveClass(/excluded/);
    await expect(rows.nth(0)).toHaveAttribute('data-role', 'prior');
    await expect(rows.nth(2)).toHaveAttribute('data-role', 'current');
    await rows.nth(1).getByTestId('timepoint-exclude').click();
    await expect(rows.nth(1)).toHaveAttribute('data-role', 'prior');
    // Baseline moved to follow-up 1 through the API: day counts follow.
    await page.evaluate((uid) => window.__timeline().setBaseline(uid), byDate[1].studyInstanceUID);
    await expect(rows.getByTestId('timepoint-day')).toHaveText(['−56 d', 'day 0', '+56 d']);
    await rows.nth(0).getByRole('button', { name: 'Set as baseline' }).click();
    await expect(rows.getByTestId('timepoint-day')).toHaveText(['day 0', '+56 d', '+112 d']);

    // Keyboard: ↓ moves between studies (not slices); T opens prior | current (default: the latest two).
    await rows.nth(0).getByRole('button', { name: 'Prior' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1).getByRole('button', { name: 'Prior' })).toBeFocused();
    await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['cmp-prior', 'cmp-current']);
    await expect(page.getByTestId('compare-prior-day')).toHaveText('+56 d');
    await expect(page.getByTestId('compare-current-day')).toHaveText('+112 d');

    // Another patient's study (the e2e fixture) is never merged into this timeline.
    await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST);
    await expect(panel.getByTestId('patient-timeline')).toHaveCount(5);
    await expect(demoTimeline(page).getByTestId('timepoint')).toHaveCount(3);
  });

  test('prior | current: matched CT series, slices, zoom/pan and window follow; landmark correction', async ({ page, pageErrors }) => {
    void pageErrors;
    test.setTimeout(240_000);
    await withTimeline(page);
    await openApp(page);
    const [baseline, , fu2] = [...studies()].sort((a, b) => a.studyDate.localeCompare(b.studyDate));
    const ct = (s: Study) => s.series.find((x) => x.modality === 'CT')!.seriesInstanceUID;
    // As a reader: baseline as prior, follow-up 2 as current, then Compare.
    const rows = demoTimeline(page).getByTestId('timepoint');
    await rows.nth(0).getByRole('button', { name: 'Prior' }).click();
    await expect(rows.nth(0)).toHaveAttribute('data-role', 'prior');
    await expect(rows.nth(2)).toHaveAttribute('data-role', 'current');
    await page.getByTestId('compare-open').click();
    // Synchronised at once on the initial alignment; the registration (when plugged in) then refines it.
    await expect(page.getByTestId('compare-alignment')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('compare-bar')).not.toHaveAttribute('data-refining', /.*/, { timeout: 90_000 });
    expect(await page.evaluate(() => window.caliper.debug.viewports())).toEqual(['cmp-prior', 'cmp-current']);
    await expect(page.getByTestId('compare-prior-series')).toHaveValue(ct(baseline));
    await expect(page.getByTestId('compare-current-series')).toHaveValue(ct(fu2));
    await expect(page.getByTestId('compare-prior-day')).toHaveText('day 0 · baseline');
    await expect(page.getByTestId('compare-current-day')).toHaveText('+112 d');
    // Different frames of reference between visits: a rigid alignment (the worker's registration when
    // it is plugged in, else the series centres). The demo patient lies still: nearly no shift.
    const a = (await page.evaluate(() => window.__timeline().alignment()))!;
    expect(['registration', 'series-centre']).toContain(a.method);
    expect(a.priorFrameOfReferenceUID).not.toBe(a.currentFrameOfReferenceUID);
    a.transform.translationMm.forEach((v) => expect(Math.abs(v)).toBeLessThan(2));
    /** Canvas distance (px) between where the current draws `lps` and where the prior draws its mapped point. */
    const misfit = async (lps: [number, number, number], t: RigidTransform) => {
      const [c, pr] = [await canvasOf(page, 'cmp-current', lps), await canvasOf(page, 'cmp-prior', toPrior(t, lps))];
      return Math.max(Math.abs(c[0] - pr[0]), Math.abs(c[1] - pr[1]));
    };

    // Scroll the current with the wheel: the prior shows the same patient z (within a slice, 2.5 mm).
    const z0 = await shownZ(page, 'cmp-current');
    await wheel(page, 'cmp-current', 8);
    await expect.poll(() => shownZ(page, 'cmp-current')).not.toBe(z0);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - (await shownZ(page, 'cmp-current')))).toBeLessThanOrEqual(2.5);
    // ... and the other way round.
    await wheel(page, 'cmp-prior', -5);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - (await shownZ(page, 'cmp-current')))).toBeLessThanOrEqual(2.5);

    // Zoom (right drag) and pan (middle drag) on the current: the prior draws the same anatomy at the same place.
    const zNow = await shownZ(page, 'cmp-current');
    const p: [number, number, number] = [-60, -20, zNow];
    const q: [number, number, number] = [40, 30, zNow];
    const dist = async (id: string) => {
      const [a1, a2] = [await canvasOf(page, id, p), await canvasOf(page, id, q)];
      return Math.hypot(a1[0] - a2[0], a1[1] - a2[1]);
    };
    const before = await dist('cmp-current');
    const box = (await page.locator('[data-viewport-id="cmp-current"]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'right' });
    for (let i = 1; i <= 10; i++) await page.mouse.move(cx, cy + i * 8);
    await page.mouse.up({ button: 'right' });
    await expect.poll(() => dist('cmp-current')).toBeGreaterThan(before * 1.2);
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'middle' });
    for (let i = 1; i <= 8; i++) await page.mouse.move(cx + i * 6, cy + i * 4);
    await page.mouse.up({ button: 'middle' });
    await expect.poll(() => misfit(p, a.transform)).toBeLessThanOrEqual(1.5);
    expect(Math.abs((await dist('cmp-prior')) - (await dist('cmp-current')))).toBeLessThanOrEqual(2);

    // Window: the lung preset (key 2) on the current applies to the prior too.
    await page.locator('[data-viewport-id="cmp-current"]').click({ button: 'left', position: { x: 5, y: 5 } });
    await page.keyboard.press('2');
    await expect(page.getByTestId('overlay-cmp-current')).toContainText('W 1500 / L -600');
    await expect(page.getByTestId('overlay-cmp-prior')).toContainText('W 1500 / L -600');
    await page.keyboard.press('1');
    await expect(page.getByTestId('overlay-cmp-prior')).toContainText('W 400 / L 40');

    // The liver lesion on both sides for the screenshot (baseline vs follow-up 2), reset zoom/pan.
    await page.keyboard.press('r');
    await page.keyboard.press('1');
    await page.evaluate((lps) => (window.caliper as unknown as { measureDebug: { goTo(id: string, p: number[]): void } }).measureDebug.goTo('cmp-current', lps), LIVER_LESION);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-current')) - LIVER_LESION[2])).toBeLessThanOrEqual(1.25);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - toPrior(a.transform, LIVER_LESION)[2])).toBeLessThanOrEqual(1.5);
    await expect.poll(() => misfit(LIVER_LESION, a.transform)).toBeLessThanOrEqual(1.5);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    await page.screenshot({ path: docShot('compare.png') });

    // One-landmark correction in the UI: a point in the prior, the "same" anatomy 20 px to the right in the current.
    await page.getByTestId('landmark-start').click();
    await expect(page.getByTestId('landmark-instructions')).toContainText('PRIOR');
    const pb = (await page.locator('[data-viewport-id="cmp-prior"]').boundingBox())!;
    await page.mouse.click(pb.x + pb.width / 2, pb.y + pb.height / 2);
    await expect(page.getByTestId('landmark-instructions')).toContainText('CURRENT');
    const cb = (await page.locator('[data-viewport-id="cmp-current"]').boundingBox())!;
    await page.mouse.click(cb.x + cb.width / 2 + 20, cb.y + cb.height / 2);
    await expect(page.getByTestId('compare-alignment')).toContainText('Landmark-corrected');
    const fixed = (await page.evaluate(() => window.__timeline().alignment()))!;
    expect(fixed.method).toBe('landmark');
    // 20 px to the right is +L in the current: the prior point = R · current point + t, so t_x < 0;
    // both points lie on slices at the same height, so t_z stays within a slice; the rotation is kept.
    expect(fixed.transform.translationMm[0]).toBeLessThan(-5);
    expect(Math.abs(fixed.transform.translationMm[2])).toBeLessThanOrEqual(2.5);
    expect(fixed.transform.rotation).toEqual(a.transform.rotation);
    // Synchronisation now goes through it: the prior draws the mapped point where the current draws the point.
    await expect.poll(() => misfit(LIVER_LESION, fixed.transform)).toBeLessThanOrEqual(1.5);

    // The reader switches the current to PET: the prior follows to its PET, slices still in step (PET 4 mm).
    const pet = (st: Study) => st.series.find((x) => x.modality === 'PT')!.seriesInstanceUID;
    await page.getByTestId('compare-current-series').selectOption(pet(fu2));
    await expect(page.getByTestId('compare-prior-series')).toHaveValue(pet(baseline));
    await expect(page.getByTestId('compare-alignment')).toContainText('Landmark-corrected', { timeout: 60_000 });
    await wheel(page, 'cmp-current', -4);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - (await shownZ(page, 'cmp-current')) - fixed.transform.translationMm[2])).toBeLessThanOrEqual(4);
    await page.getByTestId('compare-current-series').selectOption(ct(fu2));
    await expect(page.getByTestId('compare-prior-series')).toHaveValue(ct(baseline));
    await expect(page.getByTestId('compare-alignment')).toBeVisible({ timeout: 60_000 });

    // Through the API: a 10 mm cranio-caudal correction → the prior shows current z + 10 (within a slice).
    await page.evaluate(() => window.__timeline().correct([0, 0, 10], [0, 0, 0]));
    await wheel(page, 'cmp-current', 3);
    await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - (await shownZ(page, 'cmp-current')) - 10)).toBeLessThanOrEqual(2.5);
    // Saved in this browser with the reading's studies: a reload restores it for the same pair.
    await page.reload();
    await page.waitForFunction(() => typeof window.caliper === 'object');
    await page.evaluate(() => window.caliper.ready);
    const again = await page.evaluate(([p, c]) => window.__timeline().compare(p, c), [baseline.studyInstanceUID, fu2.studyInstanceUID]);
    expect(again.alignment?.method).toBe('landmark');
    expect(again.alignment?.transform.translationMm).toEqual([0, 0, 10]);
  });

  test('comparisons across patients or with an excluded study are refused', async ({ page, pageErrors }) => {
    void pageErrors;
    await withTimeline(page);
    await openApp(page);
    await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST);
    const other = (await page.evaluate(() => window.caliper.studies())).find((s) => s.patientId !== 'CALIPER-PH-001')!;
    const [b, f1] = [...studies()].sort((x, y) => x.studyDate.localeCompare(y.studyDate));
    const refusal = (prior: string, current: string) =>
      page.evaluate(([p, c]) => window.__timeline().compare(p, c).then(() => 'opened', (e: Error) => e.message), [prior, current]);
    expect(await refusal(b.studyInstanceUID, other.studyInstanceUID)).toMatch(/different patients/);
    await page.evaluate((uid) => window.__timeline().exclude(uid, true), f1.studyInstanceUID);
    expect(await refusal(b.studyInstanceUID, f1.studyInstanceUID)).toMatch(/excluded/);
  });
});
