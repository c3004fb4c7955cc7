import type { RadiomicsSettings } from '@caliper/engine';
import { RADIOMICS_PRESETS, resolveRadiomicsSettings } from '@caliper/engine';

export const PRESET_NAMES = ['A', 'B', 'C', 'D', 'E'] as const;
export const CUSTOM_SETTINGS_KEY = 'caliper.radiomics.customSettings';

const isPreset = (name: string): name is (typeof PRESET_NAMES)[number] => (PRESET_NAMES as readonly string[]).includes(name);

/**
 * A custom setting from the editor's JSON text (the schema of `caliper radiomics --config
 * settings.json`, every key optional, defaults preset A's): the resolved settings, or the CLI's
 * message (`invalid settings: <path> <why>`). Its name may not be a preset letter or empty.
 */
export function parseCustomSettings(text: string, name: string): { ok: true; value: RadiomicsSettings } | { ok: false; error: string } {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, error: 'give the setting a name' };
  if (isPreset(trimmed)) return { ok: false, error: `"${trimmed}" is a preset: choose another name` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) json = { ...json, name: trimmed };
  const r = resolveRadiomicsSettings(json, trimmed);
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}

/** The settings of a configuration name: a preset, or a saved custom setting; undefined when unknown. */
export function settingsFor(name: string, custom: readonly RadiomicsSettings[]): RadiomicsSettings | undefined {
  return isPreset(name) ? RADIOMICS_PRESETS[name] : custom.find((c) => c.name === name);
}

/** Saved custom settings with `s` added or replaced (by name), sorted by name. */
export function upsertCustom(list: readonly RadiomicsSettings[], s: RadiomicsSettings): RadiomicsSettings[] {
  return [...list.filter((c) => c.name !== s.name), s].sort((a, b) => a.name.localeCompare(b.name));
}

/** Custom settings kept in a Storage (localStorage): each entry re-validated on load, bad ones dropped. */
export function loadCustomSettings(storage: Pick<Storage, 'getItem'> | undefined): RadiomicsSettings[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(CUSTOM_SETTINGS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: RadiomicsSettings[] = [];
  for (const x of raw) {
    const name = typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : '';
    if (!name || isPreset(name)) continue;
    const r = resolveRadiomicsSettings(x, name);
    if (r.ok) out.push(r.value);
  }
  return out;
}

export function saveCustomSettings(storage: Pick<Storage, 'setItem'> | undefined, list: readonly RadiomicsSettings[]): void {
  try {
    storage?.setItem(CUSTOM_SETTINGS_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the settings stay for this session only.
  }
}
