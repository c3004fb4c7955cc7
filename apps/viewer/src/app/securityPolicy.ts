import { z } from 'zod';
import { appStore } from './store';

/**
 * Caliper under its Content-Security-Policy (docs/security.md; scripts/csp.mjs):
 * - zod runs without its JIT, which would probe `new Function` (refused: no 'unsafe-eval') and
 *   leave a violation report at every start;
 * - a connection the policy refuses (a DICOMweb server outside connect-src) is named in the
 *   errors panel with what to change, instead of a bare "Failed to fetch".
 */
export function applySecurityPolicy(): void {
  z.config({ jitless: true });
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.effectiveDirective !== 'connect-src') return;
    let origin = e.blockedURI;
    try {
      origin = new URL(e.blockedURI).origin;
    } catch {
      /* keep the reported text */
    }
    appStore.getState().addErrors([{
      source: origin,
      reason: `blocked by this deployment's Content-Security-Policy (connect-src): Caliper may only connect to its own origin and the DICOMweb servers it is built or served for; add ${origin} with CALIPER_DICOMWEB_ORIGINS (docs/security.md)`,
    }]);
  });
}
