import type { Geometry } from '@caliper/core';
import { asPatient, patientToVoxel } from '@caliper/core';
import type { Affine4 } from './mapMaskByAffine';

export interface CheckMaskLatticeOptions {
  /** The source is one plane (a SEG frame): its third axis is the slab normal, not a voxel step. */
  readonly planar?: boolean;
  /** Relative tolerance on axis vectors. Default 1e-3. */
  readonly axisTolerance?: number;
  /** Largest offset of the source origin from a target voxel centre, in voxels. Default 0.01. */
  readonly originTolerance?: number;
}

const fmt = (x: number): string => String(Number(x.toPrecision(4)));

/**
 * Whether a voxel mask (voxel → LPS affine) lies on the image's voxel lattice: each source axis
 * step equals ± one image axis step (same spacing and orientation; flips and axis order may
 * differ) and the source origin lies on an image voxel centre within 1 % of a voxel. Returns null
 * when it does, else what differs (for "mask is not on the image grid: …"). Radiomics never
 * resamples a voxel mask silently.
 */
export function checkMaskLattice(geometry: Geometry, affine: Affine4, options: CheckMaskLatticeOptions = {}): string | null {
  const tol = options.axisTolerance ?? 1e-3;
  const target = [geometry.rowDirection, geometry.columnDirection, geometry.sliceDirection].map((d, a) => d.map((x) => x * geometry.spacing[a]));
  const axes = options.planar ? [0, 1] : [0, 1, 2];
  const spacing = axes.map((c) => Math.hypot(affine[c], affine[4 + c], affine[8 + c]));
  for (const c of axes) {
    const v = [affine[c], affine[4 + c], affine[8 + c]];
    const len = spacing[c];
    // The image axis this mask axis runs along (± direction), then its step.
    let best = -1, cos = 0;
    target.forEach((t, d) => {
      const x = Math.abs(v[0] * t[0] + v[1] * t[1] + v[2] * t[2]) / (len * geometry.spacing[d]);
      if (x > cos) [cos, best] = [x, d];
    });
    if (cos < 1 - tol * tol) return `orientation differs (mask axis ${c + 1} along ${v.map((x) => fmt(x / len)).join(', ')})`;
    if (Math.abs(len - geometry.spacing[best]) > tol * geometry.spacing[best]) {
      return `spacing ${axes.map((a) => fmt(spacing[a])).join(' × ')} mm vs ${geometry.spacing.map(fmt).join(' × ')} mm`;
    }
  }
  const origin = patientToVoxel(geometry, asPatient([affine[3], affine[7], affine[11]]));
  const off = origin.map((x) => (x - Math.floor(x) <= 0.5 ? x - Math.floor(x) : x - Math.ceil(x)));
  const otol = options.originTolerance ?? 0.01;
  if (off.some((x) => Math.abs(x) > otol)) return `origin off the voxel lattice by (${off.map((x) => x.toFixed(3)).join(', ')}) voxels`;
  return null;
}
