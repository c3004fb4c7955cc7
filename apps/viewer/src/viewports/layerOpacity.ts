import type { Types } from '@cornerstonejs/core';

interface SampledMapper {
  setSampleDistance(d: number): boolean;
  setMaximumSamplesPerRay(n: number): boolean;
  getInputData(): { getBounds(): number[] } | null;
}

/**
 * Ray length through a Cornerstone slice slab, in slab thicknesses. Measured, not derived: with one
 * sample per ray, the drawn opacity of this viewer's PET layer gives a ray of 1.25 × the slab
 * thickness (0.0625 mm for the 0.05 mm default) on Cornerstone3D 5.14 / vtk.js 36; the e2e layouts
 * spec checks the drawn opacity at 25, 50 and 100 %.
 */
const RAY_PER_SLAB = 1.25;

/**
 * Makes a volume layer of a slice viewport draw at its colour map's opacity.
 *
 * vtk.js corrects volume opacity for the length of ray it covers: drawn α = 1 − (1 − α)^(length / unit
 * distance), with a 1 mm unit distance by default. A Cornerstone slice is a ~0.06 mm ray, so the PET
 * layer at α = 0.5 came out at ~3-5 %. With the ray length as the opacity unit distance, and a sample
 * distance longer than the ray (a single sample, no jitter), the exponent is 1 and α is drawn as set.
 * Call before (re)applying the colour map: the opacity table is only rebuilt when its function changes.
 */
export function exactLayerOpacity(vp: Types.IVolumeViewport, volumeId: string): void {
  const entry = vp.getActors().find((a) => a.referencedId === volumeId || a.uid === volumeId);
  if (!entry) return;
  const actor = entry.actor as Types.VolumeActor;
  const slab = Math.max(vp.getSlabThickness(), 1e-3);
  const mapper = actor.getMapper() as unknown as SampledMapper;
  mapper.setSampleDistance(4 * slab);
  // vtk.js sizes its ray loop for the volume's diagonal at this sample distance and warns (and would
  // stop a longer ray) above the cap; the slab clips the ray anyway, so lift the cap to match.
  const b = mapper.getInputData()?.getBounds();
  if (b) mapper.setMaximumSamplesPerRay(Math.ceil(Math.hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]) / (4 * slab)) + 2);
  actor.getProperty().setScalarOpacityUnitDistance(0, RAY_PER_SLAB * slab);
}
