import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, dicomWebOrigins, identityProviderOrigins } from '../csp.mjs';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('Content-Security-Policy', () => {
  it('defaults: own origin and loopback only; scripts from self and wasm only', () => {
    const p = contentSecurityPolicy({ connect: dicomWebOrigins('') });
    expect(connectSrc(p)).toBe("connect-src 'self' http://localhost:* http://127.0.0.1:*");
    expect(p).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(p).not.toContain("'unsafe-eval'");
    expect(p.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(p).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ header: true })).toContain("frame-ancestors 'none'");
  });

  it('DICOMweb and identity-provider origins are normalised to origins and both allowed', () => {
    expect(dicomWebOrigins('https://pacs.example.org/dicom-web, https://pacs2.example.org:8443')).toEqual(['https://pacs.example.org', 'https://pacs2.example.org:8443']);
    expect(identityProviderOrigins('')).toEqual([]);
    expect(identityProviderOrigins('https://login.example.org/realms/x')).toEqual(['https://login.example.org']);
    const p = contentSecurityPolicy({ connect: [...dicomWebOrigins('https://pacs.example.org'), ...identityProviderOrigins('https://login.example.org')] });
    expect(connectSrc(p)).toBe("connect-src 'self' https://pacs.example.org https://login.example.org");
  });

  it('a malformed origin is an error, not a policy that silently blocks', () => {
    expect(() => dicomWebOrigins('pacs.example.org')).toThrow();
    expect(() => identityProviderOrigins('login')).toThrow();
  });
});
