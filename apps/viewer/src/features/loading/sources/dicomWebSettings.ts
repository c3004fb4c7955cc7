import { accessTokenFor } from '../../signin/oidcSession';

/** How the viewer authenticates to the DICOMweb server. */
export type DicomWebAuth = 'token' | 'oidc';

/** OpenID Connect provider in front of the DICOMweb server (public client, code + PKCE). */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
}

/**
 * DICOMweb server settings. The URL and the OpenID Connect configuration are kept in this
 * browser's localStorage; a bearer token never is (issue 16): a typed token lives in
 * sessionStorage (this tab), an OpenID Connect access token in memory only (signin/oidcSession).
 * `token` is what to send as `Authorization: Bearer`, already checked to belong to `url`'s origin.
 */
export interface DicomWebSettings {
  readonly url: string;
  readonly token: string;
  readonly auth?: DicomWebAuth;
  readonly oidc?: OidcConfig;
}

const KEY = 'caliper.dicomweb';
const TOKEN_KEY = 'caliper.dicomweb.token';
export const DEFAULT_OIDC_SCOPE = 'openid offline_access';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function readOidc(v: unknown): OidcConfig {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  return { issuer: str(o.issuer), clientId: str(o.clientId), scope: str(o.scope) || DEFAULT_OIDC_SCOPE };
}

/** The typed bearer token of this tab (an older build kept it in localStorage: moved out here). */
function readTypedToken(legacy: string): string {
  try {
    if (legacy) sessionStorage.setItem(TOKEN_KEY, legacy);
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return legacy;
  }
}

export function readDicomWebSettings(): DicomWebSettings {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const url = str(v.url);
    const auth: DicomWebAuth = v.auth === 'oidc' ? 'oidc' : 'token';
    const typed = readTypedToken(str(v.token));
    if (v.token) localStorage.setItem(KEY, JSON.stringify({ ...v, token: undefined }));
    const oidc = readOidc(v.oidc);
    return { url, auth, oidc, token: auth === 'oidc' ? accessTokenFor(url) : typed };
  } catch {
    return { url: '', token: '', auth: 'token', oidc: readOidc(undefined) };
  }
}

/** Saves the URL and sign-in configuration (localStorage) and a typed token (sessionStorage only). */
export function saveDicomWebSettings(s: DicomWebSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ url: s.url, auth: s.auth ?? 'token', oidc: s.oidc }));
    if (s.auth !== 'oidc' && s.token) sessionStorage.setItem(TOKEN_KEY, s.token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage disabled: settings last for this session only */
  }
}
