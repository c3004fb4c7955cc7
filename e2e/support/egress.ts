/**
 * No egress (issue 16): the origins a page may talk to besides the app's own, i.e. the DICOMweb
 * servers the specs start (the Orthanc harness registers its gateway here). Anything else a page
 * requests fails the test (e2e/support/test.ts).
 */
const allowed = new Set<string>();

/** Allows requests to `url`'s origin for the rest of this worker's tests. */
export function allowOrigin(url: string): void {
  allowed.add(new URL(url).origin);
}

export function allowedOrigins(): ReadonlySet<string> {
  return allowed;
}

/** Schemes that never leave the browser (nothing to check). */
const LOCAL = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:']);

/** The URLs among `urls` whose origin is neither the app's nor an allowed one, each once. */
export function offendingRequests(urls: readonly string[], appOrigin: string, extra: readonly string[] = []): string[] {
  const ok = new Set([appOrigin, ...allowed, ...extra]);
  const bad = urls.filter((u) => {
    let p: URL;
    try {
      p = new URL(u);
    } catch {
      return true;
    }
    return !LOCAL.has(p.protocol) && !ok.has(p.origin);
  });
  return [...new Set(bad)];
}
