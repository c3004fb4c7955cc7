import type { RadiomicsSettings } from '@caliper/engine';
import { appStore } from '../../../app/store';
import { parseCustomSettings, saveCustomSettings, settingsFor, upsertCustom } from '../model/customSettings';
import { radiomicsCsv, radiomicsJson } from '../model/exportRadiomics';
import type { RadiomicsJson } from '../model/exportRadiomics';
import type { LesionRobustness } from '../model/radiomicsTypes';
import { cancelRadiomics, computeLesionRadiomics } from '../service/runRadiomics';
import { computeLesionRobustness } from '../service/runRobustness';

/** The current (same shape version) radiomics of a lesion, with the lesion. */
function currentOf(lesionId?: string) {
  const s = appStore.getState();
  const lesion = s.lesions.find((l) => l.id === (lesionId ?? s.selectedLesionId));
  const r = lesion ? s.radiomicsByLesion[lesion.id] : undefined;
  return lesion && r && r.lesionVersion === lesion.version ? { lesion, r } : null;
}

/**
 * `window.caliper.radiomics` (docs/api.md): the Radiomics panel's actions. Lesions default to the
 * selected one, configurations to the panel's (A–E or a saved custom setting's name).
 */
export const radiomicsApi = {
  /** Computes every IBSI-1 feature in the worker and stores them with the lesion; resolves to the JSON export (the CLI's --json keys). */
  async compute(lesionId?: string, config?: string | RadiomicsSettings): Promise<RadiomicsJson> {
    const st = await computeLesionRadiomics(lesionId, config);
    if (!st) throw new Error('cancelled or superseded by a newer run');
    const c = currentOf(lesionId)!;
    return radiomicsJson(st.record, { id: c.lesion.id, name: c.lesion.name });
  },
  /** The lesion's features as the JSON export, or null (none, or computed for an earlier shape). */
  features(lesionId?: string): RadiomicsJson | null {
    const c = currentOf(lesionId);
    return c ? radiomicsJson(c.r.record, { id: c.lesion.id, name: c.lesion.name }) : null;
  },
  /** The CSV export (the CLI's --csv table after `#` lines with version, lesion, series and settings), or null. */
  csv(lesionId?: string): string | null {
    const c = currentOf(lesionId);
    return c ? radiomicsCsv(c.r.record, { id: c.lesion.id, name: c.lesion.name }) : null;
  },
  /** Robustness of the lesion's features (perturbRadiomics in the worker); flags unstable features. */
  async robustness(lesionId?: string): Promise<LesionRobustness> {
    const r = await computeLesionRobustness(lesionId);
    if (!r) throw new Error('cancelled or superseded by a newer run');
    return r;
  },
  /** Stops a running computation. */
  cancel: (): void => cancelRadiomics(),
  /** Resolved settings of a configuration (default: the panel's); undefined when unknown. */
  settings: (config?: string): RadiomicsSettings | undefined => {
    const s = appStore.getState();
    return settingsFor(config ?? s.radiomicsConfig, s.radiomicsCustom);
  },
  /** Saves (or replaces) a custom setting from its JSON (the CLI's settings-file schema) and selects it; throws `invalid settings: …`. */
  saveSettings(name: string, json: unknown): RadiomicsSettings {
    const r = parseCustomSettings(typeof json === 'string' ? json : JSON.stringify(json), name);
    if (!r.ok) throw new Error(r.error);
    const list = upsertCustom(appStore.getState().radiomicsCustom, r.value);
    saveCustomSettings(globalThis.localStorage, list);
    appStore.getState().setRadiomics({ radiomicsCustom: list, radiomicsConfig: r.value.name });
    return r.value;
  },
  /** Chooses the panel's configuration (A–E or a saved custom name). */
  setConfig(config: string): void {
    const s = appStore.getState();
    if (!settingsFor(config, s.radiomicsCustom)) throw new Error(`unknown config '${config}': expected A, B, C, D, E or a saved custom setting`);
    s.setRadiomics({ radiomicsConfig: config });
  },
  /** Shows or hides the panel (key Q). */
  open: (open = true): void => appStore.getState().setRadiomics({ radiomicsOpen: open }),
};
