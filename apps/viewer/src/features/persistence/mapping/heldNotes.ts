import type { Lesion, StoredMeasurement } from '@caliper/report';
import type { HeldNote } from '../persistenceSlice';
import type { HeldLesions } from './heldLesions';
import type { MappingSkip } from './toReading';

const UNIT_TEXT: Partial<Record<StoredMeasurement['unit'], string>> = { '10^-3 mm2/s': '×10⁻³ mm²/s', '10^-6 mm2/s': '×10⁻⁶ mm²/s', mm2: 'mm²', mm3: 'mm³' };
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));

/** The saved values of a lesion as text ("ADC mean 1.100 ×10⁻³ mm²/s, Area 78.5 mm²"), voxel counts left out. */
export function savedValuesText(l: Lesion): string {
  const ms = l.measurements.filter((m) => m.unit !== 'count');
  return ms.length ? ms.map((m) => `${m.name} ${fmt(m.value)} ${UNIT_TEXT[m.unit] ?? m.unit}`).join(', ') : 'no saved values';
}

/**
 * Why each held lesion is not re-measured: a lesion measured on Caliper's ADC map (`onMap`: id → DWI)
 * whose DWI gave no map, else the restore's own reason for it (by name), else its series.
 */
export function heldNotes(studyInstanceUID: string, held: HeldLesions, onMap: ReadonlyMap<string, string>, skipped: readonly MappingSkip[]): HeldNote[] {
  return held.lesions.map((l) => {
    const dwi = onMap.get(l.id);
    const reason = dwi !== undefined
      ? `measured on Caliper's ADC map of DWI series ${dwi}, which is not in the study list (or its map could not be fitted): kept with its saved values; open the study with that series to re-measure it`
      : `${skipped.find((s) => s.lesion === l.name)?.reason ?? `its series (${l.references.map((r) => r.seriesInstanceUID).join(', ') || 'none'}) is not loaded`}: kept with its saved values`;
    return { studyInstanceUID, lesionId: l.id, name: l.name, values: savedValuesText(l), reason };
  });
}
