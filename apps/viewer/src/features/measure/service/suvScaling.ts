import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { computeSuvFactors, readPetSuvTags } from '@caliper/dicom';
import type { PetSuvTags, SuvOverrides } from '@caliper/dicom';
import type { VolumeScaling } from '../worker/createMeasureApi';

/** PET SUV tags of each imageId (volume slice order), from the loader's parsed data sets. */
export function petTagsOf(imageIds: readonly string[]): PetSuvTags[] | null {
  const out: PetSuvTags[] = [];
  for (const id of imageIds) {
    const uri = wadouri.parseImageId(id).url;
    const ds = wadouri.dataSetCacheManager.get(uri);
    if (!ds) return null;
    out.push(readPetSuvTags(ds));
  }
  return out;
}

/** SUVbw factors per slice (or the reason they cannot be computed), with the user's overrides. */
export function suvScalingOf(tags: readonly PetSuvTags[] | null, overrides: SuvOverrides = {}): VolumeScaling & { method?: string } {
  if (!tags) return { suvError: 'PET headers not available for SUV (images not loaded through the DICOM loader)' };
  const r = computeSuvFactors(tags, overrides);
  if (!r.ok) return { suvError: r.error };
  return { suvFactorPerSlice: r.value.factorPerInstance, suvUnit: 'SUVbw', method: r.value.method };
}

/**
 * SUL per SUVbw of a PET series (Janmahasatian lean body mass / body weight, PERCIST), or undefined
 * when height or weight is missing: SULpeak is then refused, never guessed.
 */
export function sulPerSuvbwOf(tags: readonly PetSuvTags[] | null, overrides: SuvOverrides = {}): number | undefined {
  if (!tags) return undefined;
  const r = computeSuvFactors(tags, overrides);
  if (!r.ok || !r.value.sul) return undefined;
  const bw = r.value.factorPerInstance[0];
  const sul = r.value.sul.factorPerInstance[0];
  return bw > 0 && Number.isFinite(sul / bw) ? sul / bw : undefined;
}
