import { test as base, expect, type Page } from '@playwright/test';
import type { CaliperApi } from '../../apps/viewer/src/app/api';

declare global {
  interface Window {
    caliper: CaliperApi;
    __caliperRejections: string[];
  }
}

/**
 * Every spec's page records uncaught errors and unhandled promise rejections; the fixture fails
 * the test if any happened.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      window.__caliperRejections = [];
      window.addEventListener('unhandledrejection', (e) => window.__caliperRejections.push(String(e.reason?.message ?? e.reason)));
    });
    await use(errors);
    const rejections = page.isClosed() ? [] : await page.evaluate(() => window.__caliperRejections ?? []).catch(() => []);
    expect([...errors, ...rejections.map((r) => `unhandledrejection: ${r}`)]).toEqual([]);
  },
});

export { expect };

/** Navigates and waits for `window.caliper.ready`. */
export async function openApp(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.caliper === 'object');
  await page.evaluate(() => window.caliper.ready);
}

/** Cornerstone's linear VOI (DICOM PS3.3 C.11.2.1.2): grey 0–255 of value x for width w, centre c. */
export function expectedGrey(x: number, w: number, c: number, invert = false): number {
  const lo = c - 0.5 - (w - 1) / 2;
  const hi = c - 0.5 + (w - 1) / 2;
  const g = x <= lo ? 0 : x > hi ? 255 : ((x - (c - 0.5)) / (w - 1) + 0.5) * 255;
  return invert ? 255 - g : g;
}

/** Samples the rendered pixel where patient point `lps` (mm) is drawn in a viewport. */
export async function sampleAt(page: Page, viewportId: string, lps: readonly [number, number, number], volumeSeriesUID?: string) {
  return page.evaluate(
    ({ viewportId, lps, volumeSeriesUID }) => {
      const [x, y] = window.caliper.debug.worldToCanvas(viewportId, lps);
      return { canvas: [x, y], ...window.caliper.debug.sample(viewportId, x, y, volumeSeriesUID ? { volumeSeriesUID } : undefined) };
    },
    { viewportId, lps, volumeSeriesUID },
  );
}

/** Plain linear mapping of [lower, upper] to 0–255 (what Cornerstone draws for float data, e.g. SUV). */
export function expectedGreyLinear(x: number, lower: number, upper: number, invert = false): number {
  const g = Math.min(255, Math.max(0, ((x - lower) / (upper - lower)) * 255));
  return invert ? 255 - g : g;
}

/** Deletes this browser's saved readings (IndexedDB), as a fresh browser would have none. */
export function wipeReadings(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase('caliper-readings');
    r.onsuccess = () => resolve();
    r.onerror = () => reject(new Error('deleteDatabase failed'));
  }));
}
