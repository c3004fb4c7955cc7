import type { CursorReadout } from './readoutSlice';

/** One layer's sample at the cursor (bottom layer first): its value, unit and voxel, and whether the point is on its grid. */
export interface LayerSample {
  readonly value: number | null;
  readonly unit: string;
  readonly inside: boolean;
  readonly ijk: readonly [number, number, number] | null;
}

/**
 * The status-bar readout of a fused pane from its layers' samples at one LPS point: shown while the
 * point lies on any layer's grid (a PET reaching beyond the CT still reads its SUV there), with
 * null for a layer the point is off. The main value is the bottom layer's (the CT) when on it,
 * else the first layer the point is on. Null when it is off every layer.
 */
export function fusedReadout(viewportId: string, lps: readonly [number, number, number], samples: readonly LayerSample[]): CursorReadout | null {
  const main = samples[0]?.inside ? samples[0] : samples.find((s) => s.inside);
  if (!main) return null;
  return {
    viewportId,
    value: main.value,
    unit: main.unit,
    lps,
    ...(main.ijk ? { ijk: main.ijk } : {}),
    layers: samples.map((s) => ({ value: s.inside ? s.value : null, unit: s.unit })),
  };
}
