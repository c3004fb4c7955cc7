/**
 * PET colour maps as nuclear medicine reads them: nodes (position 0..1 over the window, RGB 0..1),
 * linear between nodes, as vtk.js colour transfer functions apply them.
 *
 * - `hotIron`: DICOM PS3.6 B.1.2 well-known palette HOT_IRON (black → red → orange → white); the
 *   table rises red over the first half, green over the second, blue over the last quarter, so
 *   these four nodes reproduce it exactly (to 1/255).
 * - `pet`: DICOM PS3.6 B.1.3 palette PET (the "Siemens/GE" map: black → teal → violet → orange →
 *   white), its linear segments fitted at the five break points of the standard table.
 * - `grey`: plain grey (PET alone is shown inverted: black uptake on white).
 */
export type PetColormapId = 'hotIron' | 'pet' | 'grey';

export type ColormapNode = readonly [x: number, r: number, g: number, b: number];

export interface PetColormapDef {
  readonly id: PetColormapId;
  /** Name registered with Cornerstone (prefixed: it must not clash with vtk.js presets). */
  readonly name: string;
  readonly label: string;
  readonly nodes: readonly ColormapNode[];
}

export const PET_COLORMAPS: Readonly<Record<PetColormapId, PetColormapDef>> = {
  hotIron: {
    id: 'hotIron', name: 'caliper-hot-iron', label: 'Hot iron',
    nodes: [[0, 0, 0, 0], [0.5, 1, 0, 0], [0.75, 1, 0.5, 0], [1, 1, 1, 1]],
  },
  pet: {
    id: 'pet', name: 'caliper-pet', label: 'PET (DICOM)',
    nodes: [[0, 0, 0, 0], [0.25, 0, 0.5, 0.5], [0.5, 0.5, 0, 1], [0.75, 1, 0.5, 0], [1, 1, 1, 1]],
  },
  grey: {
    id: 'grey', name: 'caliper-grey', label: 'Grey',
    nodes: [[0, 0, 0, 0], [1, 1, 1, 1]],
  },
};

/** The colour (RGB 0..1) of a colour map at position `x` of its window (clamped to 0..1). */
export function colorAt(def: PetColormapDef, x: number): [number, number, number] {
  const t = Math.min(1, Math.max(0, x));
  const n = def.nodes;
  for (let i = 1; i < n.length; i++) {
    if (t <= n[i][0]) {
      const [x0, r0, g0, b0] = n[i - 1];
      const [x1, r1, g1, b1] = n[i];
      const f = x1 > x0 ? (t - x0) / (x1 - x0) : 1;
      return [r0 + f * (r1 - r0), g0 + f * (g1 - g0), b0 + f * (b1 - b0)];
    }
  }
  const last = n[n.length - 1];
  return [last[1], last[2], last[3]];
}

/** vtk.js `RGBPoints` (x, r, g, b flattened) of a colour map; Cornerstone rescales x to the window. */
export function rgbPointsOf(def: PetColormapDef): number[] {
  return def.nodes.flatMap((n) => [...n]);
}

/** The colour map as a CSS gradient (low → high along `direction`), for the colour bar. */
export function cssGradientOf(def: PetColormapDef, direction = 'to top'): string {
  const stops = def.nodes.map(([x, r, g, b]) => `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)}) ${(x * 100).toFixed(1)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}
