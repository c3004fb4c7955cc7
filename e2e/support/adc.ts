import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, sampleAt } from './test';

// Shared by the ADC map specs (measure-adc*.spec.ts): opening Caliper's ADC map of the demo DWI with
// the mouse, drawing on it, reading drawn greys and the UIDs an exported SR references.
type V3 = [number, number, number];
export const VP = 'vp-0';
export const ADC_UNIT = '10^-3 mm2/s';

export interface ApiLesion { id: string; results: Record<string, { mean: number | null; unit: string; voxelCount: number } | null> }
export const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());

/** Page coordinates (CSS px) of a patient point drawn in viewport `vp`. */
export async function toPage(page: Page, p: V3, vp = VP): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => window.caliper.debug.worldToCanvas(vp, p), { vp, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${vp}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}

/** An ellipse drawn with the pointer on the shown slice of `vp`: centre and semi-axes (mm) along x and y. */
export async function dragEllipse(page: Page, c: V3, ax: number, ay: number, vp = VP): Promise<void> {
  const from = await toPage(page, c, vp);
  const to = await toPage(page, [c[0] + ax, c[1] + ay, c[2]], vp);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 8 });
  await page.mouse.up();
}

// dicom-parser is a dependency of the viewer, not of the repository root.
export const dicomParser = createRequire(join(import.meta.dirname, '..', '..', 'apps', 'viewer', 'package.json'))('dicom-parser') as {
  parseDicom(b: Uint8Array): DataSet;
};
interface Element { vr?: string; items?: { dataSet: DataSet }[] }
interface DataSet { elements: Record<string, Element>; string(tag: string): string | undefined }

/** Every UI value of a data set's nested sequences, tag → values (the top level, the SR's own identity, left out). */
export function nestedUids(ds: DataSet, top = true, out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [tag, el] of Object.entries(ds.elements)) {
    if (el.items) for (const it of el.items) nestedUids(it.dataSet, false, out);
    else if (!top && el.vr === 'UI') {
      const v = ds.string(tag);
      if (v) out.set(tag, [...(out.get(tag) ?? []), v]);
    }
  }
  return out;
}

/** A Part 10 file without one explicit-VR-LE element of group 0028 (e.g. 0x1050 WindowCenter): its bytes spliced out. */
export function withoutElement(bytes: Uint8Array, element: number): Uint8Array {
  for (let i = 132; i + 8 <= bytes.length; i++) {
    if (bytes[i] === 0x28 && bytes[i + 1] === 0x00 && bytes[i + 2] === (element & 0xff) && bytes[i + 3] === element >> 8 && bytes[i + 4] === 0x44 && bytes[i + 5] === 0x53) {
      const len = bytes[i + 6] | (bytes[i + 7] << 8);
      return new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + 8 + len)]);
    }
  }
  throw new Error(`element (0028,${element.toString(16)}) not found`);
}

/** Grey actually drawn in a viewport at a patient point (the pixel's red channel). */
export const drawnGrey = async (page: Page, p: V3) => (await sampleAt(page, VP, p)).rgba[0];

export const goTo = (page: Page, p: V3, vp = VP) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as { goTo(v: string, p: V3): Promise<void> }).goTo(vp, p), { vp, p });

/** Opens the demo DWI with the mouse, then Caliper's ADC map of it from the study browser; returns both UIDs. */
export async function openAdcMap(page: Page): Promise<{ dwi: string; adc: string }> {
  await openApp(page);
  const dwi = await page.evaluate(() => window.caliper.studies()[0].series.find((s) => s.seriesDescription.startsWith('DWI'))!.seriesInstanceUID);
  await page.locator(`.series-item[data-series-uid="${dwi}"] .series-open`).click();
  const row = page.locator('.series-item[data-derived="adc"]').first();
  await expect(row).toContainText('ADC map (Caliper, log-linear fit b=0,50,400,800)', { timeout: 60_000 });
  await expect(row).toContainText(ADC_UNIT);
  const adc = (await row.getAttribute('data-series-uid'))!;
  // Listed in the same study as the DWI, with a thumbnail once fitted.
  await expect(page.locator(`.study:has(.series-item[data-series-uid="${dwi}"]) .series-item[data-series-uid="${adc}"]`)).toHaveCount(1);
  await expect(row.locator('img')).toHaveCount(1, { timeout: 60_000 });
  await row.locator('.series-open').click();
  await expect.poll(() => page.evaluate((vp) => {
    const s = window.caliper.debug.sample(vp, 10, 10);
    return s.unit;
  }, VP), { timeout: 60_000 }).toBe(ADC_UNIT);
  return { dwi, adc };
}

/** Opens Caliper's ADC map of the demo DWI and draws an ellipse (8 × 7 mm corner offset) at `c` with the mouse; waits for its ADC mean. */
export async function drawEllipseOnMap(page: Page, c: V3): Promise<{ dwi: string; adc: string }> {
  const uids = await openAdcMap(page);
  await goTo(page, c);
  await page.locator('[data-measure-tool="ellipse"]').click();
  const from = await toPage(page, c);
  const to = await toPage(page, [c[0] + 8, c[1] + 7, c[2]]);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await lesions(page))[0]?.results[uids.adc]?.mean ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  return uids;
}
