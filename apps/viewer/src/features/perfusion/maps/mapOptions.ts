import type { PopulationAifType } from '@caliper/engine';

/** The reader's choices for a map job (the ROI fit's options: same defaults as `caliper dce`). */
export interface MapOptions {
  readonly model: 'tofts' | 'etofts' | 'patlak';
  /** 'lm' = Levenberg–Marquardt (the contract's fit); 'linear' = Murase (fast preview). */
  readonly method: 'lm' | 'linear';
  /** Pre-contrast T1 of every voxel (ms), unless a VFA series is chosen. */
  readonly t10Ms: number;
  /** A variable-flip-angle series of the study: T10 fitted per voxel (SPGR), replacing t10Ms. */
  readonly vfaSeriesUID: string | null;
  /** Relaxivity r1 (/mM/s). */
  readonly r1PerMmS: number;
  readonly hematocrit: number;
  readonly aif: PopulationAifType;
  /** Bolus arrival (s after the first phase); null = detected from the enhancing voxels. */
  readonly bolusArrivalS: number | null;
}

export const DEFAULT_MAP_OPTIONS: MapOptions = { model: 'etofts', method: 'lm', t10Ms: 1000, vfaSeriesUID: null, r1PerMmS: 4.5, hematocrit: 0.42, aif: 'parker', bolusArrivalS: null };

/** What is wrong with the options, in the reader's words (empty: fine). */
export function checkMapOptions(o: MapOptions, lastTimeS: number): string[] {
  const bad: string[] = [];
  if (o.vfaSeriesUID === null && !(o.t10Ms > 0 && o.t10Ms < 10000)) bad.push('T10 must be between 0 and 10 000 ms');
  if (!(o.r1PerMmS > 0 && o.r1PerMmS < 100)) bad.push('r1 must be between 0 and 100 /mM/s');
  if (!(o.hematocrit >= 0 && o.hematocrit < 1)) bad.push('Hct must be in [0, 1)');
  if (o.bolusArrivalS !== null && !(o.bolusArrivalS > 0 && o.bolusArrivalS < lastTimeS)) bad.push(`bolus arrival must be after the first phase and before the last (${lastTimeS.toFixed(1)} s)`);
  return bad;
}

/** The ROI fit's settings as features/perfusion keeps them (when that panel is present). */
interface DceSettingsLike {
  readonly model?: MapOptions['model'];
  readonly aif?: string;
  readonly bolusArrivalS?: number | null;
  readonly t10?: { readonly kind: string; readonly ms?: number; readonly seriesUID?: string };
  readonly hematocrit?: number;
  readonly r1PerMmS?: number;
}

/**
 * The map form's starting options: the DCE panel's ROI-fit settings when the store has them (model,
 * population AIF, bolus arrival, fixed or VFA T10, Hct, r1), else DEFAULT_MAP_OPTIONS. A measured
 * (vessel) AIF of the ROI fit is not used by the maps (population AIFs only).
 */
export function optionsFromDceSettings(state: object): MapOptions {
  const d = (state as { dceSettings?: DceSettingsLike }).dceSettings;
  if (!d) return DEFAULT_MAP_OPTIONS;
  return {
    ...DEFAULT_MAP_OPTIONS,
    ...(d.model ? { model: d.model } : {}),
    ...(d.aif === 'parker' || d.aif === 'weinmann' ? { aif: d.aif } : {}),
    ...(d.bolusArrivalS !== undefined ? { bolusArrivalS: d.bolusArrivalS } : {}),
    ...(d.t10?.kind === 'fixed' && typeof d.t10.ms === 'number' ? { t10Ms: d.t10.ms } : {}),
    ...(d.t10?.kind === 'vfa' && d.t10.seriesUID ? { vfaSeriesUID: d.t10.seriesUID } : {}),
    ...(typeof d.hematocrit === 'number' ? { hematocrit: d.hematocrit } : {}),
    ...(typeof d.r1PerMmS === 'number' ? { r1PerMmS: d.r1PerMmS } : {}),
  };
}
