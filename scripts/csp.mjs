// Caliper's Content-Security-Policy: one definition for the built index.html (a <meta> tag, so any
// static host gets it) and for scripts/serve.mjs (the same policy as a header, plus what only a
// header can say). docs/security.md explains each directive and how a deployment widens connect-src.

/**
 * Where the viewer may connect besides its own origin: the DICOMweb servers a deployment uses.
 * Default: loopback only (a local Orthanc, the test harness); set CALIPER_DICOMWEB_ORIGINS (space-
 * or comma-separated origins, e.g. "https://pacs.example.org") when building or serving.
 * @param {string | undefined} env
 * @returns {string[]}
 */
export function dicomWebOrigins(env = process.env.CALIPER_DICOMWEB_ORIGINS) {
  if (env === undefined || env.trim() === '') return ['http://localhost:*', 'http://127.0.0.1:*'];
  return env.split(/[\s,]+/).filter(Boolean).map((o) => {
    if (o === "'none'") return o;
    const u = new URL(o); // throws on a malformed origin: better than a policy that silently blocks
    return u.port === '*' ? o : u.origin;
  }).filter((o) => o !== "'none'");
}

/**
 * OpenID providers the viewer signs in with (discovery, token, revocation endpoints are fetched):
 * CALIPER_IDP_ORIGINS, same syntax as CALIPER_DICOMWEB_ORIGINS. Default: none besides the DICOMweb
 * list (a provider on loopback, as in the tests, is already allowed by the loopback default).
 * @param {string | undefined} env
 * @returns {string[]}
 */
export function identityProviderOrigins(env = process.env.CALIPER_IDP_ORIGINS) {
  if (env === undefined || env.trim() === '') return [];
  return dicomWebOrigins(env);
}

/**
 * The policy. `header` adds the directives a <meta> policy may not carry (frame-ancestors;
 * CSP Level 3 §6.1: ignored in meta).
 * @param {{ connect?: string[], header?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const connect = options.connect ?? [...new Set([...dicomWebOrigins(), ...identityProviderOrigins()])];
  const d = [
    "default-src 'self'",
    // The image codecs (libjpeg-turbo, CharLS, OpenJPEG, OpenJPH, JPEG XL) are WebAssembly:
    // 'wasm-unsafe-eval' allows compiling them and nothing else (no eval, no new Function).
    // No inline script: the app has none.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Every worker is a file of the build (Vite emits them); no blob: workers.
    "worker-src 'self'",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    // Thumbnails, snapshots and downloads are data:/blob: URLs made by the page itself.
    "img-src 'self' data: blob:",
    // Style sheets: own files only. Style attributes: Cornerstone's annotation text boxes set them
    // with setAttribute('style', …) (drawTextBox); React's style props use the CSSOM and need nothing.
    // CSS cannot run script; inline <style> elements stay blocked (style-src-elem falls back to style-src).
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "font-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  if (options.header) d.push("frame-ancestors 'none'");
  return d.join('; ');
}
