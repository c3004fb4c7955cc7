import type { PetSuvTags } from './types';

/** Series-level tags that must be identical across the instances of one PET series. */
const SERIES_LEVEL: readonly (keyof PetSuvTags)[] = [
  'units',
  'suvType',
  'decayCorrection',
  'patientWeightKg',
  'patientSizeM',
  'patientSex',
  'radionuclideTotalDose',
  'radionuclideHalfLifeS',
  'radiopharmaceuticalStartTime',
  'radiopharmaceuticalStartDateTime',
  'seriesDate',
  'seriesTime',
];

/** Returns a reason when the instances do not look like one series, else undefined. */
export function checkSeriesConsistency(instances: readonly PetSuvTags[]): string | undefined {
  const first = instances[0];
  for (const key of SERIES_LEVEL) {
    const v = first[key];
    const bad = instances.find((t) => t[key] !== v);
    if (bad) return `instances differ in series-level tag ${key} (${String(v)} vs ${String(bad[key])}): not one PET series`;
  }
  const ci = (first.correctedImage ?? []).join('\\');
  if (instances.some((t) => (t.correctedImage ?? []).join('\\') !== ci)) return 'instances differ in CorrectedImage: not one PET series';
  return undefined;
}
