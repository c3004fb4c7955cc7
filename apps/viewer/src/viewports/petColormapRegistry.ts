import { utilities } from '@cornerstonejs/core';
import { PET_COLORMAPS, rgbPointsOf } from '../features/fusion/petColormaps';

let registered = false;

/** Registers Caliper's PET colour maps (hot iron, DICOM PET, grey) with Cornerstone, once. */
export function registerPetColormaps(): void {
  if (registered) return;
  registered = true;
  for (const def of Object.values(PET_COLORMAPS)) {
    utilities.colormap.registerColormap({ ColorSpace: 'RGB', Name: def.name, name: def.name, RGBPoints: rgbPointsOf(def) } as Parameters<typeof utilities.colormap.registerColormap>[0]);
  }
}
