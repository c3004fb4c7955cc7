import { metaData } from '@cornerstonejs/core';
import { computeSuvFactors, readPetSuvTags, type Instance } from '@caliper/dicom';

const suvbwByImageId = new Map<string, number>();
const reasonBySeries = new Map<string, string>();
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
  return undefined;
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
