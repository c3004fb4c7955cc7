import type { Geometry, Mask, Volume } from '@caliper/core';
import { patientToVoxel } from '@caliper/core';
import { boxToMask, computeMaskBbox, createMask, ellipseToMask, orientedBoxToMask, polygonToMask, sphereToMask, thresholdPet } from '@caliper/engine';
import { prismBox } from '../model/prismGeometry';
import type { RoiShape } from '../model/shapes';
import { planarEllipseMask, planarPolygonMask } from './planarPolygonMask';

/** True when the plane normal is the grid's slice direction (a stack/axial ROI on an axial grid). */
function onSlicePlane(g: Geometry, normal: readonly number[]): boolean {
  const l = Math.hypot(normal[0], normal[1], normal[2]);
  const s = g.sliceDirection;
  return l > 0 && Math.abs((normal[0] * s[0] + normal[1] * s[1] + normal[2] * s[2]) / l) > 0.9999;
}

/**
 * The mask of a shape on `volume`'s grid (normally a crop around the shape). Slice-aligned planar
 * shapes use the engine's exact rasterisers; other planes the half-voxel-slab rule.
 * `maskOffset` is where the crop starts in the grid a 'mask' shape was recorded on.
 */
export function rasterizeShape(volume: Volume, shape: RoiShape, maskOffset: readonly [number, number, number] = [0, 0, 0]): Mask {
  const g = volume.geometry;
  switch (shape.kind) {
    case 'polygon':
    case 'ellipse': {
      if (onSlicePlane(g, shape.normal)) {
        const ref = shape.kind === 'polygon' ? shape.points[0] : shape.center;
        const k = Math.round(patientToVoxel(g, ref)[2]);
        return shape.kind === 'polygon' ? polygonToMask(g, k, shape.points) : ellipseToMask(g, k, shape.center, shape.axisA, shape.axisB);
      }
      return shape.kind === 'polygon' ? planarPolygonMask(g, shape.points, shape.normal) : planarEllipseMask(g, shape.center, shape.axisA, shape.axisB, shape.normal);
    }
    case 'lines':
      return createMask(g.dimensions);
    case 'sphere':
      return sphereToMask(g, shape.center, shape.radiusMm);
    case 'box':
      return boxToMask(g, shape.min, shape.max);
    case 'prism':
      return orientedBoxToMask(g, prismBox(shape));
    case 'petThreshold':
      return thresholdPet(volume, rasterizeShape(volume, shape.within), shape.mode);
    case 'mask': {
      // Copy the recorded bbox-cropped mask into this grid (whose origin is `maskOffset` in the recorded grid).
      const out = createMask(g.dimensions);
      const b = shape.mask.bbox;
      if (!b) return out;
      const [ni, nj, nk] = g.dimensions;
      const li = b[1][0] - b[0][0] + 1, lj = b[1][1] - b[0][1] + 1;
      const lo = [0, 1, 2].map((d) => Math.max(0, b[0][d] - maskOffset[d]));
      const hi = [0, 1, 2].map((d) => Math.min(g.dimensions[d] - 1, b[1][d] - maskOffset[d]));
      let any = false;
      for (let k = lo[2]; k <= hi[2] && k < nk; k++)
        for (let j = lo[1]; j <= hi[1]; j++)
          for (let i = lo[0]; i <= hi[0]; i++) {
            const src = ((k + maskOffset[2] - b[0][2]) * lj + j + maskOffset[1] - b[0][1]) * li + i + maskOffset[0] - b[0][0];
            if (shape.mask.data[src]) {
              out.data[(k * nj + j) * ni + i] = 1;
              any = true;
            }
          }
      return any ? { ...out, bbox: computeMaskBbox(g.dimensions, out.data, { within: [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]] }) } : out;
    }
  }
}
