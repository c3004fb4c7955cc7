import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDicomWebSettings, saveDicomWebSettings } from '../dicomWebSettings';

/** A Web Storage stand-in (the unit tests run in Node). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('DICOMweb settings storage', () => {
  const g = globalThis as { localStorage?: Storage; sessionStorage?: Storage };
  beforeEach(() => {
    g.localStorage = memoryStorage();
    g.sessionStorage = memoryStorage();
  });
  afterEach(() => {
    delete g.localStorage;
    delete g.sessionStorage;
  });

  it('keeps the URL and sign-in configuration in localStorage and a typed token in sessionStorage only', () => {
    saveDicomWebSettings({ url: 'https://pacs.example.org/dicom-web', token: 's3cret', auth: 'token', oidc: { issuer: 'https://idp.example.org', clientId: 'caliper', scope: 'openid' } });
    expect(localStorage.getItem('caliper.dicomweb')).toBe(
      '{"url":"https://pacs.example.org/dicom-web","auth":"token","oidc":{"issuer":"https://idp.example.org","clientId":"caliper","scope":"openid"}}',
    );
    expect(sessionStorage.getItem('caliper.dicomweb.token')).toBe('s3cret');
    expect(readDicomWebSettings()).toEqual({
      url: 'https://pacs.example.org/dicom-web',
      token: 's3cret',
      auth: 'token',
      oidc: { issuer: 'https://idp.example.org', clientId: 'caliper', scope: 'openid' },
    });
  });

  it('moves a token an older build left in localStorage to sessionStorage', () => {
    localStorage.setItem('caliper.dicomweb', JSON.stringify({ url: 'http://127.0.0.1:8042/dicom-web', token: 'old' }));
    expect(readDicomWebSettings().token).toBe('old');
    expect(localStorage.getItem('caliper.dicomweb')).toBe('{"url":"http://127.0.0.1:8042/dicom-web"}');
    expect(sessionStorage.getItem('caliper.dicomweb.token')).toBe('old');
  });

  it('in OpenID Connect mode sends no token while signed out and stores none', () => {
    saveDicomWebSettings({ url: 'https://pacs.example.org/dicom-web', token: 'ignored', auth: 'oidc', oidc: { issuer: 'https://idp.example.org', clientId: 'caliper', scope: 'openid offline_access' } });
    expect(sessionStorage.getItem('caliper.dicomweb.token')).toBeNull();
    expect(readDicomWebSettings().token).toBe('');
  });
});
