import { test as base, expect, type Page, type Request } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaliperApi } from '../../apps/viewer/src/app/api';
import { offendingRequests } from './egress';

declare global {
  interface Window {
    caliper: CaliperApi;
    __caliperRejections: string[];
    __caliperCspViolations: string[];
  }
}

/** Every request of a test's browser context (pages, their workers, the service worker). */
export interface EgressLog {
  readonly urls: string[];
}

/** One line per test: how many requests it made and to which origins (figures for docs/security.md). */
const EGRESS_LOG = process.env.CALIPER_EGRESS_LOG ?? resolve(import.meta.dirname, '../../test-results/egress.jsonl');

/** The DICOMweb root the page has configured (its localStorage), if any. */
async function configuredDicomWeb(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  const url = await page.evaluate(() => {
    try {
      return (JSON.parse(localStorage.getItem('caliper.dicomweb') ?? '{}') as { url?: string }).url ?? '';
    } catch {
      return '';
    }
  }).catch(() => '');
  try {
    return url ? [new URL(url).origin] : [];
  } catch {
    return [];
  }
}

/**
 * Every spec's page records uncaught errors and unhandled promise rejections; the fixture fails
 * the test if any happened.
 */
/** The page's Content-Security-Policy violation reports; `take()` returns and clears them. */
export interface CspLog {
  take(): Promise<string[]>;
}

export const test = base.extend<{ pageErrors: string[]; egress: EgressLog; cspViolations: CspLog }>({
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
  /**
   * No egress (issue 16), applied to every test: all requests of the browser context are recorded;
   * any to an origin other than the app's, a DICOMweb server the spec started (support/egress.ts) or
   * the one the page has configured fails the test, naming the URLs.
   */
  egress: [
    async ({ page, baseURL }, use, testInfo) => {
      const log: EgressLog = { urls: [] };
      const onRequest = (r: Request) => void log.urls.push(r.url());
      const context = page.context();
      context.on('request', onRequest);
      await use(log);
      context.off('request', onRequest);
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const offending = offendingRequests(log.urls, appOrigin, await configuredDicomWeb(page));
      const origins = [...new Set(log.urls.map((u) => (u.startsWith('http') ? new URL(u).origin : u.split(':')[0] + ':')))];
      mkdirSync(join(EGRESS_LOG, '..'), { recursive: true });
      appendFileSync(EGRESS_LOG, JSON.stringify({ spec: testInfo.file.split('/').pop(), test: testInfo.title, retry: testInfo.retry, requests: log.urls.length, origins, offending }) + '\n');
      expect(offending, `requests to origins other than the app (${appOrigin}) and the configured DICOMweb server`).toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Content-Security-Policy violations reported to the page (securitypolicyviolation), applied to
   * every test: the app must work under its own policy. A spec that provokes one on purpose reads
   * and empties this list.
   */
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        window.__caliperCspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__caliperCspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
      });
      const take = () => page.evaluate(() => window.__caliperCspViolations.splice(0));
      await use({ take });
      const seen = page.isClosed() ? [] : await page.evaluate(() => window.__caliperCspViolations ?? []).catch(() => []);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
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
