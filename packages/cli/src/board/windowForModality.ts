import type { DisplayWindow } from '@caliper/board';
import { percentileWindow } from '@caliper/board';

/** CT soft tissue W400/L40 in HU. */
export const CT_WINDOW: DisplayWindow = { low: -160, high: 240 };

/**
 * The display window of a key image: CT its soft-tissue preset (W400/L40, HU); PET none (its
 * preset, SUV 0–5 inverted, needs the SUV scaling, which key images do not apply yet: the string
 * says so); any other modality (MR) the 1st–99th percentile of the plane shown.
 */
export function windowForModality(modality: string | undefined, plane: ArrayLike<number>): DisplayWindow | string {
  if (modality === 'CT') return CT_WINDOW;
  if (modality === 'PT' || modality === 'NM') return `${modality} key images are not supported yet (they need SUV scaling); only CT and MR`;
  return percentileWindow(plane);
}
