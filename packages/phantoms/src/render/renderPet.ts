import type { Geometry } from '@caliper/core';
import type { Structure } from '../model/buildPatientModel';
import type { Rng } from '../rng/createRng';
import { gaussianBlur } from './gaussianBlur';

export interface RenderPetOptions {
  /** Activity concentration (Bq/mL) of SUVbw 1 at the scan start: decay-corrected dose / weight (g). */
  readonly bqmlPerSuv: number;
  /** Scanner resolution, FWHM (mm) of an isotropic Gaussian PSF; 0 = none. */
  readonly psfFwhmMm: number;
  /** Relative standard deviation of multiplicative Gaussian noise (0.08 = 8 %); 0 = none. */
  readonly noiseRelative: number;
  readonly rng: Rng;
}

/** Activity concentration (Bq/mL, float) on the PET grid from a label map of tissues with known SUV. */
export function renderPet(g: Geometry, labels: Uint8Array, structures: readonly Structure[], o: RenderPetOptions): Float32Array {
  const suv = [0, ...structures.map((s) => s.tissue.suv)];
  const out = new Float32Array(labels.length);
  for (let v = 0; v < labels.length; v++) out[v] = suv[labels[v]] * o.bqmlPerSuv;
  if (o.psfFwhmMm > 0) {
    const sigmaMm = o.psfFwhmMm / (2 * Math.sqrt(2 * Math.LN2));
    gaussianBlur(out, g.dimensions, [sigmaMm / g.spacing[0], sigmaMm / g.spacing[1], sigmaMm / g.spacing[2]]);
  }
  if (o.noiseRelative > 0) {
    for (let v = 0; v < out.length; v++) {
      if (labels[v] === 0) continue;
      const x = out[v] * (1 + o.noiseRelative * o.rng.normal());
      out[v] = x > 0 ? x : 0;
    }
  }
  return out;
}
