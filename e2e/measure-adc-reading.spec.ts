import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './support/globalSetup';
import { expect, openApp, test, wipeReadings } from './support/test';
import { ADC_UNIT, VP, dicomParser, drawEllipseOnMap, goTo, lesions, nestedUids } from './support/adc';

// Readings of lesions drawn on Caliper's ADC map (issue 5): saved against the source DWI (SR/SEG
// references, the fit named as the method), back on the map after a reload without the user opening
// the DWI, and kept with their saved values when the DWI is not there.
const TRUTH = join(DIST, 'demo', 'truth', 'baseline.json');
const hasDemo = existsSync(TRUTH);
type V3 = [number, number, number];
interface Truth {
  studyInstanceUID: string;
  lesions: { id: string; shape: { centre_mm: V3 }; mr: { trueADC_1e3mm2s: number } | null }[];
}
const truth: Truth | null = hasDemo ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth) : null;

test.describe('readings on the ADC map', () => {
  test.skip(!hasDemo, 'public/demo not generated (run `pnpm run build`)');

  test('an ellipse drawn with the mouse on the ADC map comes back after a reload with the same ADC mean, without opening the DWI; its SR references the DWI only', async ({ page, pageErrors }) => {
    void pageErrors;
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

  test('a saved lesion of the ADC map whose DWI is not in the study list is kept with its values and a note, and saved and exported again unchanged', async ({ page, pageErrors }) => {
    void pageErrors;
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
    await wipeReadings(page);
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
});
