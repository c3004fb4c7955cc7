import type { Mask } from '@caliper/core';
import { dilateMask } from './dilateMask';
import { erodeMask } from './erodeMask';
import { translateMask } from './translateMask';
import type { Perturbation } from './types';

/** The ROI under one perturbation (noise leaves it as it is). */
export function perturbMask(mask: Mask, perturbation: { readonly kind: 'none' } | Perturbation, connectivity: 4 | 6): Mask {
  switch (perturbation.kind) {
    case 'erode':
      return erodeMask(mask, connectivity);
    case 'dilate':
      return dilateMask(mask, connectivity);
    case 'translate':
      return translateMask(mask, perturbation.shiftVoxels);
    default:
      return mask;
  }
}
