/**
 * Where the PET layer of a fusion starts to show, as fractions of its SUV window: fully transparent
 * up to `TRANSPARENT_TO` (background and low uptake leave the CT untinted), rising linearly to the
 * chosen opacity at `OPAQUE_FROM` (with SUV 0–5: transparent up to SUV 0.5, full from SUV 2, so FDG soft-tissue background near
 * SUV 1 is only faintly tinted).
 */
export const TRANSPARENT_TO = 0.1;
export const OPAQUE_FROM = 0.4;

/**
 * Highest SUV of the opacity function: vtk.js tabulates it over its point range, so the last point
 * stays near real SUVs (values above it keep the last opacity).
 */
const TOP_SUV = 100;

export interface OpacityPoint {
  readonly value: number;
  readonly opacity: number;
}

/**
 * The PET layer's opacity by SUV (Cornerstone `colormap.opacity` mapping) for a window
 * `[lower, upper]` (SUVbw) at overall opacity `opacity` (0..1): transparent floor, then a ramp to
 * `opacity`; non-decreasing in SUV.
 */
export function fusionOpacityMapping(range: readonly [number, number], opacity: number): OpacityPoint[] {
  const [lower, upper] = range;
  const w = Math.max(upper - lower, 1e-6);
  const a = Math.min(1, Math.max(0, opacity));
  const clear = lower + TRANSPARENT_TO * w;
  const full = lower + OPAQUE_FROM * w;
  const pts: OpacityPoint[] = [
    { value: Math.min(lower, 0) - 1, opacity: 0 },
    { value: clear, opacity: 0 },
    { value: full, opacity: a },
  ];
  if (full < TOP_SUV) pts.push({ value: Math.max(TOP_SUV, upper), opacity: a });
  return pts;
}
