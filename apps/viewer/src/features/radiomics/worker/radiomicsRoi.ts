import type { Volume } from '@caliper/core';
import { cropMask } from '@caliper/engine';
import type { CroppedMask } from '@caliper/engine';
import type { RoiShape } from '../../measure/model/shapes';
import { rasterizeShape } from '../../measure/worker/rasterizeShape';

/**
 * The ROI of a lesion shape on `volume`'s grid as a cropped mask (what the engine's radiomics takes):
 * a 3D mask as it is (it is recorded on this grid), any other shape rasterised as the measure tools
 * do. A length/RECIST line has no area: its mask is empty (refused as an empty ROI).
 */
export function radiomicsRoi(volume: Volume, shape: RoiShape): CroppedMask {
  if (shape.kind === 'mask') return shape.mask;
  return cropMask(rasterizeShape(volume, shape));
}
