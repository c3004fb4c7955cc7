import type { Volume } from '@caliper/core';
import type { Series } from '@caliper/dicom';
import { computeSuvFactors, readPetSuvTags } from '@caliper/dicom';
import type { SuvOverrides } from '@caliper/dicom';

export type SuvType = 'SUVbw' | 'SUL' | 'SUVbsa';

export interface SuvVolumeResult {
  /** SUVbw volume when SUV is computable, else the input volume unchanged. */
  readonly volume: Volume;
  readonly suvError?: string;
  readonly method?: string;
  readonly notes: readonly string[];
}

/**
 * Converts a PET volume (rescaled values, slice k from series.slices[k]) to SUVbw (or SUL /
 * SUVbsa, which need PatientSize) with the per-instance factors of @caliper/dicom's computeSuvFactors. On failure the volume keeps its
 * unit (Bq/mL, CNTS, raw) and suvError says why.
 */
export function suvVolume(series: Series, volume: Volume, overrides: SuvOverrides = {}, type: SuvType = 'SUVbw'): SuvVolumeResult {
  const tags = series.slices.map((s) => readPetSuvTags(s.instance.dataSet));
  const r = computeSuvFactors(tags, overrides);
  if (!r.ok) return { volume, suvError: r.error, notes: [] };
  const factors = type === 'SUVbw' ? r.value.factorPerInstance : type === 'SUL' ? r.value.sul?.factorPerInstance : r.value.suvbsa?.factorPerInstance;
  if (!factors) return { volume, suvError: `PatientSize missing (needed for ${type})`, notes: [] };
  const [ni, nj, nk] = volume.geometry.dimensions;
  const plane = ni * nj;
  const out = new Float32Array(plane * nk);
  for (let k = 0; k < nk; k++) {
    const f = factors[k];
    for (let p = k * plane, e = p + plane; p < e; p++) out[p] = volume.data[p] * f;
  }
  return { volume: { ...volume, data: out, unit: type }, method: r.value.method, notes: r.value.notes };
}
