import type { Lesion } from '../model/lesion';
import type { LesionResult } from '../model/measureSlice';
import { biomarkerRows, type BiomarkerRow } from './biomarkerRows';
import { displayUnit } from './formatQuantity';
import { resultRole } from './onImageLabel';

export type Results = Readonly<Record<string, Readonly<Record<string, LesionResult>>>>;

/** A lesion-table column: biomarker key, short header, unit under it, name in the chooser, tooltip. */
export interface LesionColumn {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly long: string;
  readonly tip: string;
}

/** Every column the chooser offers; the first four are shown by default (uiPrefs.DEFAULT_LESION_COLUMNS). */
export const LESION_COLUMNS: readonly LesionColumn[] = [
  { key: 'long', label: 'Long', unit: 'mm', long: 'Long axis (mm)', tip: 'RECIST long axis' },
  { key: 'short', label: 'Short', unit: 'mm', long: 'Short axis (mm)', tip: 'RECIST short axis' },
  { key: 'volume', label: 'Vol', unit: 'mL', long: 'Volume (mL)', tip: 'Volume of a 3D ROI' },
  { key: 'main', label: 'Value', unit: '', long: 'Main value (SUVmax / ADC mean / mean HU)', tip: 'PET: SUVmax; diffusion: ADC mean (×10⁻³ mm²/s); else the mean (HU on CT)' },
  { key: 'suvpeak', label: 'Peak', unit: 'SUV', long: 'SUVpeak', tip: 'SUVpeak (1 cm³ sphere)' },
  { key: 'suvmean', label: 'Mean', unit: 'SUV', long: 'SUVmean', tip: 'SUVmean' },
  { key: 'mtv', label: 'MTV', unit: 'mL', long: 'MTV (mL)', tip: 'Metabolic tumour volume' },
  { key: 'tlg', label: 'TLG', unit: '', long: 'TLG', tip: 'Total lesion glycolysis (SUVmean × MTV)' },
  { key: 'adcmin', label: 'ADCmin', unit: '', long: 'ADC min (×10⁻³ mm²/s)', tip: 'Minimum voxel ADC' },
  { key: 'area', label: 'Area', unit: 'mm²', long: 'Area (mm²)', tip: 'Area of a 2D ROI' },
];

/** The main value's order of preference: the PET uptake, the diffusion, else the mean (HU on CT). */
const MAIN_KEYS: readonly { key: string; tag: (unit: string) => string }[] = [
  { key: 'suvmax', tag: (u) => (u.startsWith('SUL') ? 'SUL' : 'SUV') },
  { key: 'adcmean', tag: () => 'ADC' },
  { key: 'mean', tag: (u) => displayUnit(u) },
];

export interface ColumnValue {
  readonly value: number;
  readonly unit: string;
  readonly label: string;
  readonly method: string;
  /** Short tag naming a main value's quantity (SUV, ADC, HU). */
  readonly tag: string;
}

/**
 * The rows of a lesion's fresh results, per measured series in order (drawn-on series first). A PET
 * threshold ROI's other series measure only its search sphere/box, which is not the lesion: skipped.
 */
function rowsOf(l: Lesion, results: Results): BiomarkerRow[][] {
  const out: BiomarkerRow[][] = [];
  for (const uid of l.seriesUIDs) {
    const r = results[l.id]?.[uid];
    if (r?.measurement && r.version === l.version && resultRole(l.shape?.kind, r.measurement.result.modality ?? undefined) === 'lesion') out.push(biomarkerRows(r.measurement));
  }
  return out;
}

/** A column's value for a lesion (the first series that has it), or null; "main" picks by MAIN_KEYS. */
export function valueOf(l: Lesion, key: string, results: Results): ColumnValue | null {
  const perSeries = rowsOf(l, results);
  const keys = key === 'main' ? MAIN_KEYS : [{ key, tag: () => '' }];
  for (const k of keys) {
    for (const rows of perSeries) {
      const row = rows.find((b) => b.key === k.key && b.value !== null);
      if (row && row.value !== null) return { value: row.value, unit: row.unit, label: row.label, method: row.method, tag: k.tag(row.unit) };
    }
  }
  return null;
}
