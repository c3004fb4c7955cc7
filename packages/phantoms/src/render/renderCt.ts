import type { Structure } from '../model/buildPatientModel';
import type { Rng } from '../rng/createRng';
import { CT_BITS_STORED, CT_RESCALE_INTERCEPT } from '../dicom/ctModules';

export interface RenderCtOptions {
  /** Standard deviation (HU) of white Gaussian noise inside the body; 0 for a noise-free image. */
  readonly noiseHu: number;
  readonly rng: Rng;
}

/** Air outside the body, HU. */
export const AIR_HU = -1000;

/**
 * Stored CT values (HU − intercept, 12-bit unsigned) from a label map: each voxel gets its tissue's
 * HU plus noise inside the body; air outside stays constant so it compresses to almost nothing.
 */
export function renderCt(labels: Uint8Array, structures: readonly Structure[], o: RenderCtOptions): Uint16Array {
  const hu = [AIR_HU, ...structures.map((s) => s.tissue.hu)];
  const max = (1 << CT_BITS_STORED) - 1;
  const out = new Uint16Array(labels.length);
  const airStored = AIR_HU - CT_RESCALE_INTERCEPT;
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v];
    if (l === 0) {
      out[v] = airStored;
      continue;
    }
    let value = hu[l];
    if (o.noiseHu > 0) value += o.noiseHu * o.rng.normal();
    const stored = Math.round(value - CT_RESCALE_INTERCEPT);
    out[v] = stored < 0 ? 0 : stored > max ? max : stored;
  }
  return out;
}
