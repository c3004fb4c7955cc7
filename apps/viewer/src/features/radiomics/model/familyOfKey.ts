import { GLCM, GLDZM, GLRLM, GLSZM, INTENSITY_HISTOGRAM, INTENSITY_STATISTICS, INTENSITY_VOLUME_HISTOGRAM, LOCAL_INTENSITY, MORPHOLOGY, NGLDM, NGTDM } from '@caliper/engine';
import type { FeatureEntry, RadiomicsFamily } from '@caliper/engine';

const TABLES: readonly (readonly [RadiomicsFamily, readonly FeatureEntry[]])[] = [
  ['morphology', MORPHOLOGY], ['local_intensity', LOCAL_INTENSITY], ['intensity_statistics', INTENSITY_STATISTICS],
  ['intensity_histogram', INTENSITY_HISTOGRAM], ['intensity_volume_histogram', INTENSITY_VOLUME_HISTOGRAM],
  ['GLCM', GLCM], ['GLRLM', GLRLM], ['GLSZM', GLSZM], ['GLDZM', GLDZM], ['NGTDM', NGTDM], ['NGLDM', NGLDM],
];

let byCode: Map<string, RadiomicsFamily> | null = null;

/**
 * Family of a feature key from the IBSI catalogue (for features read back from an SR, which codes
 * the feature but not its family). Codes shared by families (e.g. a GLRLM and a GLSZM feature with
 * the same name have distinct IBSI codes) are unique, so the code alone decides.
 */
export function familyOfKey(key: string): RadiomicsFamily | undefined {
  if (!byCode) {
    byCode = new Map();
    for (const [family, entries] of TABLES) for (const [key] of entries) {
      // IVH entries carry their qualifier (`BC2M.V10`): index the bare code too.
      const code = key.split('.')[0];
      if (!byCode.has(code)) byCode.set(code, family);
    }
  }
  return byCode.get(key.split('.')[0]);
}
