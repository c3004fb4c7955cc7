import { describe, expect, it } from 'vitest';
import { DEFAULT_UI_PREFS, SIDEBAR_MAX, SIDEBAR_MIN, clampSidebarWidth, loadUiPrefs, parseUiPrefs, saveUiPrefs } from '../uiPrefs';

describe('ui preferences', () => {
  it('defaults when nothing or garbage is stored', () => {
    expect(parseUiPrefs(null)).toEqual(DEFAULT_UI_PREFS);
    expect(parseUiPrefs('{not json')).toEqual(DEFAULT_UI_PREFS);
    expect(parseUiPrefs('[1,2]')).toEqual(DEFAULT_UI_PREFS);
    expect(parseUiPrefs('{"theme":"purple","sidebarWidth":"wide","collapsed":[3],"lesionColumns":{}}')).toEqual(DEFAULT_UI_PREFS);
  });
  it('keeps valid values and clamps the sidebar width', () => {
    const p = parseUiPrefs('{"theme":"light","sidebarWidth":5000,"collapsed":["studies"],"lesionColumns":["long","suvpeak"],"idsInFileNames":true}');
    expect(p).toEqual({ theme: 'light', sidebarWidth: SIDEBAR_MAX, collapsed: ['studies'], lesionColumns: ['long', 'suvpeak'], idsInFileNames: true });
    expect(clampSidebarWidth(10)).toBe(SIDEBAR_MIN);
    expect(clampSidebarWidth(Number.NaN)).toBe(DEFAULT_UI_PREFS.sidebarWidth);
    expect(clampSidebarWidth(401.6)).toBe(402);
  });
  it('round-trips through a storage', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveUiPrefs({ ...DEFAULT_UI_PREFS, theme: 'light', sidebarWidth: 420 }, storage);
    expect(loadUiPrefs(storage)).toEqual({ ...DEFAULT_UI_PREFS, theme: 'light', sidebarWidth: 420 });
    expect(loadUiPrefs(undefined)).toEqual(DEFAULT_UI_PREFS);
  });
});
