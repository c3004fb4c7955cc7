import type { LesionRadiomics, Reading } from '@caliper/report';
import type { Lesion as MeasureLesion } from '../../measure/model/lesion';
import type { LesionRadiomicsState } from '../../radiomics/model/radiomicsTypes';
import { familyOfKey } from '../../radiomics/model/familyOfKey';

/** The radiomics block to save with a lesion: only features computed for its current shape. */
export function radiomicsToReading(l: MeasureLesion, byLesion: Readonly<Record<string, LesionRadiomicsState>> | undefined): { radiomics: LesionRadiomics } | Record<string, never> {
  const r = byLesion?.[l.id];
  return r && r.lesionVersion === l.version ? { radiomics: r.record } : {};
}

/**
 * Saved radiomics → the panel's state for the restored lesions (tagged with their new shape
 * version); features read back from an SR get their family from the IBSI catalogue.
 */
export function radiomicsFromReading(reading: Reading, restored: readonly MeasureLesion[]): Record<string, LesionRadiomicsState> {
  const out: Record<string, LesionRadiomicsState> = {};
  for (const saved of reading.lesions) {
    const l = restored.find((x) => x.id === saved.id);
    if (!l || !saved.radiomics) continue;
    const record: LesionRadiomics = { ...saved.radiomics, features: saved.radiomics.features.map((f) => (f.family ? f : { ...f, ...(familyOfKey(f.key) ? { family: familyOfKey(f.key) } : {}) })) };
    out[l.id] = { lesionVersion: l.version, record };
  }
  return out;
}
