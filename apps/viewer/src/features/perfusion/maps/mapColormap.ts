/**
 * Colour map of the DCE maps: vtk.js/Matlab 'jet' (dark blue → cyan → yellow → dark red), the map
 * perfusion software shows Ktrans in, starting from black so that unfitted voxels (0: air, no
 * signal) stay black; nodes at positions 0..1 of the window, RGB 0..1.
 */
export const MAP_COLORMAP_NAME = 'caliper-dce-jet';

export const MAP_COLORMAP_NODES: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 0, 0], [0.02, 0, 0, 0.5625], [0.111111, 0, 0, 1], [0.365079, 0, 1, 1], [0.492063, 0.5, 1, 0.5],
  [0.619048, 1, 1, 0], [0.873016, 1, 0, 0], [1, 0.5, 0, 0],
];

/** CSS gradient of the colour map, low → high along `direction`. */
export function mapCssGradient(direction = 'to top'): string {
  const stops = MAP_COLORMAP_NODES.map(([x, r, g, b]) => `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)}) ${(x * 100).toFixed(1)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}

/** Colour bar ticks: five values from lower to upper, printed to a hundredth of the range. */
export function mapTicks(lower: number, upper: number): string[] {
  const span = upper - lower;
  const digits = span > 0 ? Math.max(0, Math.min(5, 2 - Math.floor(Math.log10(span)))) : 2;
  return [0, 0.25, 0.5, 0.75, 1].map((f) => (lower + f * span).toFixed(digits));
}

/** The RGBPoints array Cornerstone wants (x in the window's value range). */
export function mapRgbPoints(lower: number, upper: number): number[] {
  return MAP_COLORMAP_NODES.flatMap(([x, r, g, b]) => [lower + x * (upper - lower), r, g, b]);
}
