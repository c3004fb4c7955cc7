import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offendingRequests } from './support/egress';
import { DIST } from './support/globalSetup';
import { expect, openApp, test } from './support/test';

/**
 * Content-Security-Policy (issue 16, docs/security.md): the build carries the policy in index.html,
 * the server sends it as a header; an injected inline script is reported and does not run; eval is
 * refused; the rest of the suite runs under the same policy (its fixture fails on any violation).
 */
test('an injected inline script is blocked and reported; eval is refused; the app runs under the policy', async ({ page, pageErrors, cspViolations }) => {
  void pageErrors;
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain("frame-ancestors 'none'");
  await openApp(page);
  const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(meta).toContain("default-src 'self'");
  const directive = (name: string) => meta.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))?.slice(name.length + 1);
  // Scripts: own files only, no inline, no eval; WebAssembly may compile.
  expect(directive('script-src')).toBe("'self' 'wasm-unsafe-eval'");
  expect(directive('worker-src')).toBe("'self'");
  expect(directive('object-src')).toBe("'none'");
  expect(directive('connect-src')?.split(' ')[0]).toBe("'self'");

  const result = await page.evaluate(async () => {
    const fired = new Promise<{ directive: string; blocked: string; disposition: string }>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve({ directive: e.effectiveDirective, blocked: e.blockedURI, disposition: e.disposition }), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.appendChild(s);
    const violation = await Promise.race([fired, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    let evalResult: string;
    try {
      evalResult = String((0, eval)('"evaluated"'));
    } catch (e) {
      evalResult = (e as Error).name;
    }
    return { violation, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false, evalResult };
  });
  expect(result.ran).toBe(false);
  expect(result.violation).toEqual({ directive: 'script-src-elem', blocked: 'inline', disposition: 'enforce' });
  expect(result.evalResult).toBe('EvalError');
  // Two violations (the inline script, eval), each reported once per policy (the meta tag and the
  // header both apply): expected here, and then the fixture's list is clean.
  const reports = await cspViolations.take();
  expect(reports.map((r) => r.split(' ')[0]).sort()).toEqual(['script-src', 'script-src', 'script-src-elem', 'script-src-elem']);

  // The app still works under the policy: a demo study opens and renders (codecs, workers, WebAssembly).
  const uid = await page.evaluate(() => window.caliper.studies()[0]?.series.find((s) => s.modality === 'CT')?.seriesInstanceUID);
  expect(uid).toBeTruthy();
  await page.evaluate((u) => window.caliper.open(u!, { viewport: 0 }), uid);
  await expect.poll(() => page.evaluate(() => window.caliper.debug.imageStats('vp-0')?.max ?? null)).not.toBeNull();
});

test('the build loads nothing from other hosts: no remote fonts, stylesheets or source maps', async ({ page, pageErrors }) => {
  void pageErrors;
  void page;
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html.match(/(?:src|href)="https?:\/\/[^"]*"/g) ?? []).toEqual([]);
  const assets = readdirSync(join(DIST, 'assets'));
  expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
  for (const f of assets.filter((a) => a.endsWith('.css'))) expect(readFileSync(join(DIST, 'assets', f), 'utf8')).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  for (const f of assets.filter((a) => a.endsWith('.js'))) {
    const js = readFileSync(join(DIST, 'assets', f), 'utf8');
    expect(js, f).not.toMatch(/sourceMappingURL=(https?:)?\/\//);
    expect(js, f).not.toMatch(/fonts\.(googleapis|gstatic)\.com|google-analytics|googletagmanager|cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare/);
  }
});

test('the no-egress check names every request to another origin once, and only those', async () => {
  const app = 'http://127.0.0.1:4319';
  const urls = [
    `${app}/assets/index.js`, 'blob:http://127.0.0.1:4319/4c1f', 'data:image/png;base64,AAAA',
    'https://fonts.googleapis.com/css2?family=Inter', 'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:9999/dicom-web/studies', 'https://pacs.example.org/dicom-web/studies', 'not a url',
  ];
  expect(offendingRequests(urls, app, ['https://pacs.example.org'])).toEqual([
    'https://fonts.googleapis.com/css2?family=Inter', 'http://127.0.0.1:9999/dicom-web/studies', 'not a url',
  ]);
});
