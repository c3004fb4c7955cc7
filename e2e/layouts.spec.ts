import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CT_SERIES_UID, PT_SERIES_UID, ptSUV } from './fixtures/study';
import { docShot } from './support/docShot';
import { CT_PROBES } from './support/ctPoints';
import { DIST, FIXTURE_DIR, FIXTURE_MANIFEST } from './support/globalSetup';
import { expect, expectedGrey, expectedGreyLinear, openApp, sampleAt, test } from './support/test';

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST);
});

test('1×2 and 2×2 layouts show different series side by side', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.getByTestId('layout-1x2').click();
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 0 }), CT_SERIES_UID);
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 1 }), PT_SERIES_UID);
  expect(await page.evaluate(() => window.caliper.debug.viewports())).toEqual(['vp-0', 'vp-1']);
  const bone = CT_PROBES.find((p) => p.name === 'bone')!;
  expect((await sampleAt(page, 'vp-0', bone.lps)).rgba[0]).toBe(255);
  const pet = await sampleAt(page, 'vp-1', [25, 1, 6]);
  expect(pet.value).toBeCloseTo(8, 4);
  await page.getByTestId('layout-2x2').click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports().length)).toBe(4);
  // The series stay where they were after the grid changed.
  await expect.poll(async () => (await sampleAt(page, 'vp-0', bone.lps)).value).toBe(700);
  await expect.poll(async () => (await sampleAt(page, 'vp-1', [25, 1, 6])).unit).toBe('SUVbw');
});

test('MPR: axial, sagittal and coronal of the CT volume draw the same voxels', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'mpr' }), CT_SERIES_UID);
  const info = await page.evaluate((uid) => window.caliper.debug.volumeInfo(uid), CT_SERIES_UID);
  expect(info?.dimensions).toEqual([64, 64, 24]);
  expect(info?.spacing).toEqual([2, 2, 3]);
  // The crosshair centre is the volume centre; probe points on the three planes through it.
  const centre = await sampleAt(page, 'mpr-axial', [0, 0, 0]);
  const [, , z] = centre.lps;
  for (const vp of ['mpr-axial', 'mpr-sagittal', 'mpr-coronal']) {
    const s = await sampleAt(page, vp, [0, 0, z]);
    expect(s.value, vp).toBe(40);
    expect(s.unit).toBe('HU');
    expect(Math.abs(s.rgba[0] - expectedGrey(40, 400, 40)), vp).toBeLessThanOrEqual(4);
  }
  // Air outside the body on the sagittal and coronal planes.
  expect((await sampleAt(page, 'mpr-sagittal', [0, -62, z])).rgba[0]).toBeLessThanOrEqual(2);
  expect((await sampleAt(page, 'mpr-coronal', [-62, 0, z])).rgba[0]).toBeLessThanOrEqual(2);
});

test('PET/CT fusion and PET MIP', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), PT_SERIES_UID);
  expect(await page.evaluate(() => window.caliper.debug.viewports())).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
  await expect(page.getByTestId('suv-colorbar')).toContainText('SUVbw');
  const info = await page.evaluate((uid) => window.caliper.debug.volumeInfo(uid), PT_SERIES_UID);
  expect(info?.dataType).toBe('Float32Array');
  expect(info?.range[1]).toBeCloseTo(8, 4);
  const lesion: [number, number, number] = [25, 1, 6];
  // Fused view: CT layer values in HU, PET layer values in SUVbw at the same point.
  const ct = await sampleAt(page, 'fusion-fused', lesion);
  expect(ct.value).toBe(100);
  const pt = await sampleAt(page, 'fusion-fused', lesion, PT_SERIES_UID);
  expect(pt.value).toBeCloseTo(ptSUV(22, 16, 12), 4);
  // The PET layer is drawn at the slider's opacity: fused = (1 − a) × CT grey + a × PET colour.
  // CT alone (the CT viewport, same window) and the PET colour at opacity 1 give both ends.
  const opacity = page.getByTestId('fusion-controls').locator('input[type=range]').first();
  const grey = (await sampleAt(page, 'fusion-ct', lesion)).rgba;
  expect(Math.abs(grey[0] - expectedGrey(100, 400, 40))).toBeLessThanOrEqual(4);
  const drawn = async () => (await sampleAt(page, 'fusion-fused', lesion)).rgba;
  const atHalf = await drawn();
  await opacity.fill('1');
  await expect(page.getByTestId('fusion-controls')).toContainText('PET opacity 100%');
  await expect.poll(async () => (await drawn())[2]).not.toBe(atHalf[2]);
  const petColour = await drawn();
  // Lesion SUV 8 is above the SUV 0–5 scale: hot iron's top, white, opaque.
  for (const c of [0, 1, 2]) expect(petColour[c], `channel ${c} of hot iron's top`).toBeGreaterThanOrEqual(250);
  const mix = (a: number) => [0, 1, 2].map((c) => (1 - a) * grey[c] + a * petColour[c]);
  for (const c of [0, 1, 2]) expect(Math.abs(atHalf[c] - mix(0.5)[c]), `channel ${c} at 50 %`).toBeLessThanOrEqual(6);
  await opacity.fill('0.25');
  await expect(page.getByTestId('fusion-controls')).toContainText('PET opacity 25%');
  await expect.poll(async () => Math.abs((await drawn())[1] - mix(0.25)[1])).toBeLessThanOrEqual(6);
  const atQuarter = await drawn();
  for (const c of [0, 1, 2]) expect(Math.abs(atQuarter[c] - mix(0.25)[c]), `channel ${c} at 25 %`).toBeLessThanOrEqual(6);
  // MIP (coronal, inverted, SUV 0–10): the lesion (SUV 8) and body background (SUV 1).
  const mipLesion = await sampleAt(page, 'fusion-mip', lesion);
  expect(Math.abs(mipLesion.rgba[0] - expectedGreyLinear(8, 0, 10, true))).toBeLessThanOrEqual(4);
  const mipBody = await sampleAt(page, 'fusion-mip', [-30, 1, 6]);
  expect(Math.abs(mipBody.rgba[0] - expectedGreyLinear(1, 0, 10, true))).toBeLessThanOrEqual(4);
});

/** Patient z (LPS mm) of the slice a viewport shows at its centre. */
async function shownZ(page: Page, viewportId: string): Promise<number> {
  const box = (await page.locator(`[data-viewport-id="${viewportId}"]`).boundingBox())!;
  return page.evaluate(([id, x, y]) => window.caliper.debug.sample(id as string, x as number, y as number).lps[2], [viewportId, box.width / 2, box.height / 2] as const);
}

test('hanging protocols: demo PET/CT → 2×2, MR → DWI/ADC/T2, follow-up → prior | current synchronised', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')), 'public/demo not generated (run `pnpm run demo` before building)');
  // Three hangings, each loading its volumes: minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const demo = (await page.evaluate(() => window.caliper.studies()))
    .filter((st) => st.patientId === 'CALIPER-PH-001')
    .sort((a, b) => a.studyDate.localeCompare(b.studyDate));
  const [baseline, follow1] = demo;
  const uidOf = (st: (typeof demo)[number], modality: string, re = /./) => st.series.find((x) => x.modality === modality && re.test(x.seriesDescription))!.seriesInstanceUID;
  const picker = page.getByTestId('hanging-protocol');
  const viewports = () => page.evaluate(() => window.caliper.debug.viewports());

  // The baseline (CT, PET, MR; no prior): PET/CT on 2×2 — CT, fused, PET in inverted grey, MIP.
  await page.getByTestId(`open-study-${baseline.studyInstanceUID}`).click();
  await expect.poll(viewports).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
  await expect(picker).toHaveValue('petct');
  // Loading the CT and PET volumes takes a while on a busy 2-core machine.
  await expect.poll(() => page.evaluate((uid) => window.caliper.debug.volumeInfo(uid)?.range[1] ?? 0, uidOf(baseline, 'PT')), { timeout: 90_000 }).toBeGreaterThan(1);
  // The PET-alone pane is set up once its volume streams in (Cornerstone's loader): until then it has no image.
  await expect.poll(async () => (await sampleAt(page, 'fusion-pet', [-85, -25, -80])).unit, { timeout: 90_000 }).toBe('SUVbw');
  const pet = await sampleAt(page, 'fusion-pet', [-85, -25, -80]);
  expect(pet.unit).toBe('SUVbw');
  // Inverted grey: uptake is drawn dark, grey (r = g = b).
  expect(pet.rgba[0]).toBe(pet.rgba[2]);
  expect(pet.rgba[0]).toBeLessThan(expectedGreyLinear(0, 0, 5, true));
  // The screenshot once both volumes are in (no loading bar left), so the MIP shows the whole body.
  await expect(page.getByTestId('progress').locator('.progress')).toHaveCount(0, { timeout: 90_000 });
  await page.screenshot({ path: docShot('hanging-petct.png') });

  // The MR protocol from the picker: highest-b DWI, Caliper's ADC map, T2 (no DCE series: its pane stays empty).
  await picker.selectOption('mr-dwi');
  // Reading the DWI headers and fitting the ADC map take seconds.
  await expect.poll(viewports, { timeout: 90_000 }).toEqual(['vp-0', 'vp-1', 'vp-2', 'vp-3']);
  await expect(page.getByTestId('b-value-vp-0')).toContainText('b = 800 s/mm²', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-1')?.imageId ?? '')).toMatch(/^caliper-derived:/);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-2')?.imageId ?? '')).not.toBe('');
  expect(await page.evaluate(() => window.caliper.debug.imageStats('vp-3'))).toBeUndefined();
  await expect(page.getByTestId('hanging-empty-vp-3')).toContainText('DCE: no such series in this study');
  // Remembered for this kind of study (CT+MR+PT).
  await page.getByTestId('hanging-remember').click();
  await expect(page.getByTestId('hanging-remember')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('caliper.hanging.remembered.v1'))).toBe('{"CT+MR+PT":"mr-dwi"}');
  await page.screenshot({ path: docShot('hanging-mr-dwi.png') });

  // Follow-up 1 with the baseline loaded: prior | current, the CT of each, synchronised by patient z.
  await page.getByTestId(`open-study-${follow1.studyInstanceUID}`).click();
  await expect.poll(viewports, { timeout: 60_000 }).toEqual(['cmp-prior', 'cmp-current']);
  await expect(picker).toHaveValue('prior-current');
  await expect(page.getByTestId('compare-prior-series')).toHaveValue(uidOf(baseline, 'CT'));
  await expect(page.getByTestId('compare-current-series')).toHaveValue(uidOf(follow1, 'CT'));
  const z0 = await shownZ(page, 'cmp-current');
  await page.evaluate(() => window.caliper.debug.scroll('cmp-current', 12));
  await expect.poll(() => shownZ(page, 'cmp-current')).not.toBe(z0);
  await expect.poll(async () => Math.abs((await shownZ(page, 'cmp-prior')) - (await shownZ(page, 'cmp-current')))).toBeLessThanOrEqual(2.5);
  await page.screenshot({ path: docShot('hanging-prior-current.png') });
  // Nothing went wrong along the way (the DCE feature's own notes about a DWI not being dynamic aside: not a hanging error).
  expect((await page.evaluate(() => window.caliper.errors())).filter((e) => !/dynamic \(DCE\)/.test(e.reason))).toEqual([]);
});

/**
 * The demo baseline's DWI and T2 files as an MR study of their own (another study, series and
 * patient: each UID/ID with its last digit changed, same length), so that no CT or PET is listed with them.
 */
function mrOnlyStudyFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'demo', 'manifest.json'), 'utf8')) as { studies: { studyInstanceUID: string; patientId: string; series: { seriesInstanceUID: string }[] }[] };
  const study = manifest.studies[0];
  const swaps = [study.studyInstanceUID, study.patientId, ...study.series.map((x) => x.seriesInstanceUID)].map((v) => {
    const last = v.charCodeAt(v.length - 1);
    const next = last >= 48 && last <= 57 ? String.fromCharCode(48 + ((last - 47) % 10)) : 'X';
    return [Buffer.from(v), Buffer.from(v.slice(0, -1) + next)] as const;
  });
  const out = join(DIST, '__e2e_mr_only__');
  mkdirSync(out, { recursive: true });
  return ['dwi', 't2'].flatMap((d) => readdirSync(join(DIST, 'demo', 'baseline', d)).map((f) => {
    const bytes = Buffer.from(readFileSync(join(DIST, 'demo', 'baseline', d, f)));
    for (const [from, to] of swaps) for (let i = bytes.indexOf(from); i >= 0; i = bytes.indexOf(from, i + 1)) to.copy(bytes, i);
    const file = join(out, `${d}-${f}`);
    writeFileSync(file, bytes);
    return file;
  }));
}

test('hanging on open: PET/CT files → the 2×2 PET/CT hanging; MR files → DWI (shown while the ADC map is fitted), ADC, T2', async ({ page, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')), 'public/demo not generated (run `pnpm run demo` before building)');
  await page.setViewportSize({ width: 1600, height: 1000 });
  const viewports = () => page.evaluate(() => window.caliper.debug.viewports());
  const picker = page.getByTestId('hanging-protocol');
  const files = (sub: string) => readdirSync(join(FIXTURE_DIR, sub)).map((f) => join(FIXTURE_DIR, sub, f));
  // Open files… with the CT and the PET: arranged as the PET/CT hanging, no click on a series.
  await page.getByTestId('file-input').setInputFiles([...files('ct'), ...files('pt')]);
  await expect.poll(viewports, { timeout: 30_000 }).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
  await expect(picker).toHaveValue('petct');
  await expect.poll(async () => (await sampleAt(page, 'fusion-pet', [25, 1, 6])).unit, { timeout: 30_000 }).toBe('SUVbw');

  // Open files… with an MR study (multi-b DWI and T2): the DWI hanging.
  await page.getByTestId('file-input').setInputFiles(mrOnlyStudyFiles());
  await expect.poll(viewports, { timeout: 30_000 }).toEqual(['vp-0', 'vp-1', 'vp-2', 'vp-3']);
  await expect(picker).toHaveValue('mr-dwi');
  // The highest-b DWI is drawn at once; the ADC pane says it is being fitted, then shows the map.
  await expect(page.getByTestId('b-value-vp-0')).toContainText('b = 800 s/mm²', { timeout: 30_000 });
  const dwiMax = () => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? 0);
  await expect.poll(dwiMax, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-1')?.imageId ?? ''), { timeout: 60_000 }).toMatch(/^caliper-derived:/);
  await expect(page.getByTestId('hanging-pending-vp-1')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-2')?.imageId ?? '')).not.toBe('');
  // The DWI pane still shows its image once the map is in.
  expect(await dwiMax()).toBeGreaterThan(0);
  await expect(page.getByTestId('b-value-vp-0')).toContainText('b = 800 s/mm²');

});

test('perfusion hangings from the demo list: DSC-MRI → DSC and its map panes; CT perfusion → dynamic CT beside its BF map pane', async ({ page, pageErrors }) => {
  void pageErrors;
  const manifest = join(DIST, 'demo', 'manifest.json');
  test.skip(!existsSync(manifest) || !/CALIPER-DSC-001/.test(readFileSync(manifest, 'utf8')), 'demo perfusion studies not generated');
  await page.setViewportSize({ width: 1920, height: 1080 });
  const viewports = () => page.evaluate(() => window.caliper.debug.viewports());
  const picker = page.getByTestId('hanging-protocol');
  const list = page.getByTestId('demo-list');
  // DSC: recognised from its headers (TE 30 ms, 50 phases at 6 positions), shown with all phases as one stack.
  await list.getByRole('button', { name: /DSC-MRI brain/ }).click();
  await expect(picker).toHaveValue('mr-dsc', { timeout: 60_000 });
  await expect.poll(viewports).toEqual(['vp-0', 'vp-1', 'vp-2', 'vp-3']);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('hanging-empty-vp-1')).toContainText('rCBV map: not computed yet');
  await page.screenshot({ path: docShot('hanging-mr-dsc.png') });
  // CT perfusion: 40 phases at 4 positions (the demo list folds away once an image is shown).
  await page.getByTestId('show-demos').click();
  await list.getByRole('button', { name: /CT perfusion brain/ }).click();
  await expect(picker).toHaveValue('ct-perfusion', { timeout: 60_000 });
  await expect.poll(viewports).toEqual(['vp-0', 'vp-1']);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('hanging-empty-vp-1')).toContainText('BF map: not computed yet');
  // Head CT in the brain window (W 80 / L 40 HU), not the body's soft-tissue window.
  await expect(page.getByTestId('overlay-vp-0')).toContainText('W 80 / L 40');
  await page.screenshot({ path: docShot('hanging-ct-perfusion.png') });
});
