import { metaData } from '@cornerstonejs/core';
import { computeSuvFactors, readPetSuvTags, type Instance } from '@caliper/dicom';

const suvbwByImageId = new Map<string, number>();
const reasonBySeries = new Map<string, string>();
const sulPerSuvbwBySeries = new Map<string, number>();
let registered = false;

/**
 * Registers SUVbw factors (packages/dicom: QIBA rules over calculate-suv) for a PET series' imageIds
 * (parallel to `instances`). Must run before its pixels decode: Cornerstone applies the factor at
 * decode time, so PET voxels are SUVbw everywhere (viewports, readout, tools).
 * Returns the reason when SUV is not computable (values then stay Bq/mL or raw).
 */
export function registerSuvScaling(seriesUID: string, imageIds: readonly string[], instances: readonly Instance[]): string | undefined {
  ensureProvider();
  if (imageIds.every((id) => suvbwByImageId.has(id))) return undefined;
  const r = computeSuvFactors(instances.map((i) => readPetSuvTags(i.dataSet)));
  if (!r.ok) {
    reasonBySeries.set(seriesUID, r.error);
    return r.error;
  }
  imageIds.forEach((id, i) => suvbwByImageId.set(id, r.value.factorPerInstance[i]));
  // SUL per SUVbw (Janmahasatian LBM / weight), known when the header has height and sex.
  const sul = r.value.sul?.factorPerInstance[0];
  const bw = r.value.factorPerInstance[0];
  if (sul !== undefined && bw > 0 && Number.isFinite(sul / bw)) sulPerSuvbwBySeries.set(seriesUID, sul / bw);
  return undefined;
}

/** SUVbw factor registered for a PET image (Bq/mL → g/mL), if any. */
export const suvbwOf = (imageId: string): number | undefined => suvbwByImageId.get(imageId);

/** SUL per SUVbw of a PET series registered here (from its headers), if height and sex allow it. */
export function registeredSulPerSuvbw(seriesUID: string): number | undefined {
  return sulPerSuvbwBySeries.get(seriesUID);
}

export function suvUnavailableReason(seriesUID: string): string | undefined {
  return reasonBySeries.get(seriesUID);
}

function ensureProvider(): void {
  if (registered) return;
  registered = true;
  metaData.addProvider((type: string, imageId: string) => {
    if (type !== 'scalingModule') return undefined;
    const suvbw = suvbwByImageId.get(imageId);
    return suvbw === undefined ? undefined : { suvbw };
  }, 10_000);
}
