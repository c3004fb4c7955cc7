import type { Mask, Volume } from '@caliper/core';
import { collectHullCandidates } from '../../shape/collectHullCandidates';
import { computeMeshMorphology } from '../../shape/computeMeshMorphology';
import { marchingCubesMask } from '../../shape/marchingCubesMask';
import { maxDiameter3d } from '../../shape/maxDiameter3d';
import type { FeatureValues } from '../catalogue/featureValues';
import { finiteOrNull } from '../catalogue/featureValues';
import { approximateEllipsoidArea } from './approximateEllipsoidArea';
import { computeConvexHull3d } from './computeConvexHull3d';
import { computePrincipalAxes } from './computePrincipalAxes';
import { computeSpatialAutocorrelation } from './computeSpatialAutocorrelation';

export interface ComputeMorphologyOptions {
  /** Passed to computeSpatialAutocorrelation. */
  readonly directMaxVoxels?: number;
}

/**
 * IBSI morphological features (HCUG), 3D by definition, lengths in mm (volumes mm³, areas mm²):
 * mesh = marching cubes of the zero-padded morphological mask at iso 0.5 (RNU0 volume, C0JK area,
 * 2PR5, SKGS, BQWJ, KRCK, QCFX, 25C7 derived from them), YEKZ voxel-count volume, KLMA distance
 * between the morphological centroid and the intensity-weighted centroid of the intensity mask,
 * L0JK maximum 3D diameter, PCA of the morphological voxel centres (TDIC/P9VJ/7J51 = 4√λ, Q3CK,
 * N17B), densities against the mesh's axis-aligned bounding box (PBX1, R59B), the approximate
 * enclosing ellipsoid with semi-axes 2√λ (6BDE, RDD2) and the mesh's convex hull (R3ER, 7T7F), 99N0
 * integrated intensity (mesh volume × mean intensity, mm³·unit), N365 Moran's I and NPT7 Geary's C
 * of the intensity mask.
 */
export function computeMorphologyFeatures(volume: Volume, morphological: Mask, intensity: Mask, options: ComputeMorphologyOptions = {}): FeatureValues {
  const sp = volume.geometry.spacing;
  const [ni, nj] = morphological.dimensions;
  const { volumeMm3: V, surfaceMm2: A } = computeMeshMorphology(marchingCubesMask(morphological, sp));
  let nMorph = 0;
  for (let q = 0; q < morphological.data.length; q++) nMorph += morphological.data[q] ? 1 : 0;
  const pca = computePrincipalAxes(morphological, sp);
  const [l1, l2, l3] = pca.lambdas;
  // Intensity-weighted centroid and mean of the intensity mask.
  let w = 0, wx = 0, wy = 0, wz = 0, nInt = 0;
  const ib = intensity.bbox;
  if (ib)
    for (let k = ib[0][2]; k <= ib[1][2]; k++)
      for (let j = ib[0][1]; j <= ib[1][1]; j++)
        for (let i = ib[0][0]; i <= ib[1][0]; i++) {
          const n = (k * nj + j) * ni + i;
          if (!intensity.data[n]) continue;
          const x = volume.data[n];
          w += x;
          wx += x * i * sp[0];
          wy += x * j * sp[1];
          wz += x * k * sp[2];
          nInt++;
        }
  const com = Math.hypot(pca.centroid[0] - wx / w, pca.centroid[1] - wy / w, pca.centroid[2] - wz / w);
  const cand = collectHullCandidates(morphological, sp);
  const ext = [cand.x, cand.y, cand.z].map((c) => c.reduce((m, x) => Math.max(m, x), -Infinity) - c.reduce((m, x) => Math.min(m, x), Infinity));
  const hull = computeConvexHull3d(cand);
  const [a, b, c] = [2 * Math.sqrt(l1), 2 * Math.sqrt(l2), 2 * Math.sqrt(l3)];
  const auto = computeSpatialAutocorrelation(volume, intensity, options);
  const s36 = 36 * Math.PI * V * V;
  const f = finiteOrNull;
  return {
    RNU0: f(V),
    YEKZ: f(nMorph * sp[0] * sp[1] * sp[2]),
    C0JK: f(A),
    '2PR5': f(A / V),
    SKGS: f(V / (Math.sqrt(Math.PI) * Math.pow(A, 1.5))),
    BQWJ: f(s36 / (A * A * A)),
    KRCK: f(A / Math.cbrt(s36)),
    QCFX: f(Math.cbrt(s36) / A),
    '25C7': f(Math.cbrt((A * A * A) / s36) - 1),
    KLMA: f(com),
    L0JK: f(maxDiameter3d(morphological, sp).lengthMm),
    TDIC: f(4 * Math.sqrt(l1)),
    P9VJ: f(4 * Math.sqrt(l2)),
    '7J51': f(4 * Math.sqrt(l3)),
    Q3CK: f(Math.sqrt(l2 / l1)),
    N17B: f(Math.sqrt(l3 / l1)),
    PBX1: f(V / (ext[0] * ext[1] * ext[2])),
    R59B: f(A / (2 * (ext[0] * ext[1] + ext[0] * ext[2] + ext[1] * ext[2]))),
    '6BDE': f((3 * V) / (4 * Math.PI * a * b * c)),
    RDD2: f(A / approximateEllipsoidArea(a, b, c)),
    R3ER: f(V / hull.volume),
    '7T7F': f(A / hull.area),
    '99N0': f((V * w) / nInt),
    N365: f(auto.moranI),
    NPT7: f(auto.gearyC),
  };
}
