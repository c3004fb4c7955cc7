import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4319);

// `npm test` runs the suite in two lanes (scripts/run.mjs): lane "b" — the specs that start Orthanc or
// an OIDC provider and a few long ones — after the unit suite, beside lane "a" (the rest). Without
// E2E_LANE every spec runs.
const LANE_B = ['longitudinal', 'faults', 'oidc', 'reading', 'cohort', 'dicomweb', 'navigation'].map((name) => `**/${name}.spec.ts`);
const LANE = process.env.E2E_LANE;

// Debian's Chromium (installed by `npm test` when missing); Playwright never downloads browsers here.
export default defineConfig({
  testDir: 'e2e',
  testMatch: LANE === 'b' ? LANE_B : '**/*.spec.ts',
  testIgnore: LANE === 'a' ? LANE_B : [],
  globalSetup: './e2e/support/globalSetup.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  // One retry: on a 2-core machine with software WebGL a slow frame can time out a step; a test
  // that fails twice fails the run.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/serve.mjs ${process.env.E2E_DIST ?? 'dist'}`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
