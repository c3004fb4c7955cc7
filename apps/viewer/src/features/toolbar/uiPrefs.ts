/** Reading-room layout preferences kept in this browser (localStorage), validated on the way in. */
export interface UiPrefs {
  readonly theme: 'dark' | 'light';
  /** Sidebar width, CSS px (clamped to SIDEBAR_MIN…SIDEBAR_MAX). */
  readonly sidebarWidth: number;
  /** Sidebar sections folded away by the reader ('open', 'studies'). */
  readonly collapsed: readonly string[];
  /** Lesion-table columns shown (biomarker keys, see LesionTable). */
  readonly lesionColumns: readonly string[];
  /** Put the patient ID in export file names (off: date and modality only). */
  readonly idsInFileNames: boolean;
}

export const SIDEBAR_MIN = 260;
export const SIDEBAR_MAX = 720;
export const DEFAULT_LESION_COLUMNS: readonly string[] = ['long', 'short', 'volume', 'main'];
export const DEFAULT_UI_PREFS: UiPrefs = { theme: 'dark', sidebarWidth: 340, collapsed: [], lesionColumns: DEFAULT_LESION_COLUMNS, idsInFileNames: false };
const KEY = 'caliper.ui.v1';

/** Clamp a sidebar width (px) to the allowed range; NaN gives the default. */
export function clampSidebarWidth(px: number): number {
  if (!Number.isFinite(px)) return DEFAULT_UI_PREFS.sidebarWidth;
  return Math.round(Math.min(SIDEBAR_MAX, Math.max(SIDEBAR_MIN, px)));
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length <= 40) ? v.slice(0, 40) : undefined);

/** Preferences from their stored JSON; anything missing or malformed falls back to the default. */
export function parseUiPrefs(json: string | null): UiPrefs {
  let v: Record<string, unknown> = {};
  try {
    const p: unknown = json ? JSON.parse(json) : {};
    if (p && typeof p === 'object' && !Array.isArray(p)) v = p as Record<string, unknown>;
  } catch {
    // A corrupt record is ignored: the defaults are always usable.
  }
  return {
    theme: v.theme === 'light' ? 'light' : 'dark',
    sidebarWidth: typeof v.sidebarWidth === 'number' ? clampSidebarWidth(v.sidebarWidth) : DEFAULT_UI_PREFS.sidebarWidth,
    collapsed: strings(v.collapsed) ?? [],
    lesionColumns: strings(v.lesionColumns) ?? DEFAULT_LESION_COLUMNS,
    idsInFileNames: v.idsInFileNames === true,
  };
}

/** Read from a Storage (absent outside the browser). */
export function loadUiPrefs(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): UiPrefs {
  try {
    return parseUiPrefs(storage?.getItem(KEY) ?? null);
  } catch {
    return DEFAULT_UI_PREFS;
  }
}

/** Write to a Storage; a full or blocked storage only loses the preference. */
export function saveUiPrefs(prefs: UiPrefs, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private mode / quota: the layout simply is not remembered.
  }
}
