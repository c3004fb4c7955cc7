import { defineConfig } from 'vitest/config';

// Unit + conformance tests live beside the code (packages/*/src/**/__tests__, packages/*/conformance).
// Playwright specs (e2e/) are never collected here.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/conformance/**/*.test.ts',
      'apps/viewer/src/**/*.test.{ts,tsx}',
      'scripts/__tests__/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
