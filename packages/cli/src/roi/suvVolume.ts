import type { Volume } from '@caliper/core';
import type { Series } from '@caliper/dicom';
import { computeSuvFactors, readPetSuvTags } from '@caliper/dicom';
import type { SuvOverrides } from '@caliper/dicom';

export interface SuvVolumeResult {
  /** SUVbw volume when SUV is computable, else the input volume unchanged. */
  readonly volume: Volume;
  readonly suvError?: string;
  readonly method?: string;
  readonly notes: readonly string[];
}

/**
 * Converts a PET volume (rescaled values, slice k from series.slices[k]) to SUVbw with the
 * per-instance factors of @caliper/dicom's computeSuvFactors. On failure the volume keeps its
 * unit (Bq/mL, CNTS, raw) and suvError says why.
 */
export function suvVolume(series: Series, volume: Volume, overrides: SuvOverrides = {}): SuvVolumeResult {
  const tags = series.slices.map((s) => readPetSuvTags(s.instance.dataSet));
  const r = computeSuvFactors(tags, overrides);
  if (!r.ok) return { volume, suvError: r.error, notes: [] };
  const [ni, nj, nk] = volume.geometry.dimensions;
  const plane = ni * nj;
  const out = new Float32Array(plane * nk);
  for (let k = 0; k < nk; k++) {
    const f = r.value.factorPerInstance[k];
    for (let p = k * plane, e = p + plane; p < e; p++) out[p] = volume.data[p] * f;
  }
  return { volume: { ...volume, data: out, unit: 'SUVbw' }, method: r.value.method, notes: r.value.notes };
}
