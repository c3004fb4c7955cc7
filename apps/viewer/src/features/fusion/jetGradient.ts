/** vtk.js 'jet' colour map (the fusion PET map) as a CSS gradient, low → high. */
const JET: readonly [number, number, number, number][] = [
  [-1, 0, 0, 0.5625], [-0.777778, 0, 0, 1], [-0.269841, 0, 1, 1], [-0.015873, 0.5, 1, 0.5],
  [0.238095, 1, 1, 0], [0.746032, 1, 0, 0], [1, 0.5, 0, 0],
];

export function jetCssGradient(direction = 'to top'): string {
  const stops = JET.map(([x, r, g, b]) => `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)}) ${(((x + 1) / 2) * 100).toFixed(1)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}
