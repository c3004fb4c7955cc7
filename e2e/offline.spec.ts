import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { allowOrigin } from './support/egress';
import { DIST } from './support/globalSetup';
import { expect, expectedGrey, test } from './support/test';

const PORT = Number(process.env.E2E_OFFLINE_PORT ?? 4320);
const BASE = `http://127.0.0.1:${PORT}/caliper/`;
// This spec's app is served from its own server: its origin is the app's (no-egress check).
allowOrigin(BASE);

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn(process.execPath, [resolve(import.meta.dirname, '../scripts/serve.mjs'), DIST, '--base', '/caliper/'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(BASE).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server on ${BASE} did not start`);
});
test.afterAll(() => {
  server?.kill();
});

/**
 * Opens the first demo study from the list (it hangs as its protocol says: the PET/CT 2×2), then its
 * CT/PET fusion through the API, which resolves once both volumes are loaded and drawn; samples the
 * centre of the CT pane.
 */
async function openFirstDemo(page: Page) {
  await page.waitForFunction(() => typeof window.caliper === 'object');
  await page.evaluate(() => window.caliper.ready);
  await page.getByTestId('demo-list').getByRole('button').first().click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports()), { timeout: 60_000 }).toContain('fusion-ct');
  await page.evaluate(async () => {
    const ct = window.caliper.studies()[0].series.find((s) => s.modality === 'CT')!;
    await window.caliper.open(ct.seriesInstanceUID, { viewport: 'fusion' });
  });
  const box = (await page.locator('[data-viewport-id="fusion-ct"]').boundingBox())!;
  return page.evaluate(([x, y]) => window.caliper.debug.sample('fusion-ct', x, y), [box.width / 2, box.height / 2]);
}

/** Waits until the page has had no request in flight for 2 s (at most 90 s); counts from when it is called. */
function trackRequests(page: Page): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (d: number) => { inFlight += d; lastChange = Date.now(); };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return async () => {
    const start = Date.now();
    while (Date.now() - start < 90_000 && (inFlight > 0 || Date.now() - lastChange < 2000)) await page.waitForTimeout(250);
  };
}

test('dist/ served under a sub-path works offline after the first visit', async ({ page, context, pageErrors }) => {
  void pageErrors;
  test.skip(!existsSync(join(DIST, 'demo', 'manifest.json')), 'public/demo not generated (run `pnpm run demo` before building)');
  const settled = trackRequests(page);
  await page.goto(BASE);
  // First visit: the service worker installs (precache) and takes control.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  const online = await openFirstDemo(page);
  // Every file the study's hanging and prefetching asked for has arrived (the service worker caches
  // DICOM files as they arrive: one still in flight when the network goes would be missing offline).
  await settled();
  expect(online.unit).toBe('HU');
  expect(Math.abs(online.rgba[0] - expectedGrey(online.value!, 400, 40))).toBeLessThanOrEqual(3);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('demo-list')).toBeVisible();
  const offline = await openFirstDemo(page);
  expect(offline.value).toBe(online.value);
  expect(offline.rgba).toEqual(online.rgba);
  expect(await page.evaluate(() => window.caliper.errors())).toEqual([]);
});
