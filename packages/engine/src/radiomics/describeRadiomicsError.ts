import type { RadiomicsError } from './computeRadiomics';
import { MAX_TEXTURE_LEVELS } from './computeRadiomics';

const bound = (x: number | null, open: string): string => (x === null ? open : String(x));

/** The message of a radiomics error, as `caliper radiomics` prints it (`series`: the series' label). */
export function describeRadiomicsError(e: RadiomicsError, series: string): string {
  if (e.kind === 'empty-roi') return `ROI is empty: no voxel centre of ${series} lies inside it`;
  if (e.kind === 'empty-after-resegmentation') return `ROI is empty after re-segmentation to [${bound(e.range[0], '-inf')}, ${bound(e.range[1], 'inf')}]`;
  return `discretisation gives ${e.levels} grey levels; texture matrices allow at most ${MAX_TEXTURE_LEVELS} (use a wider bin or FBN)`;
}
