import type { Geometry, Mask, Volume } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { clampBbox } from '../../mask/createMask';
import type { Bbox } from '../../mask/createMask';
import { computeMaskBbox } from '../../mask/computeMaskBbox';
import { PEAK_SPHERE_RADIUS_MM } from '../../suv/computeSuvPeakAt';
import type { InterpolationSettings } from '../settings/radiomicsSettings';
import { computeInterpolationGrid } from './computeInterpolationGrid';
import { resampleBox } from './resampleBox';

export interface RoiBlock {
  /** Image values on the block: the ROI's bbox plus room for the 1 cm³ peak sphere (IBSI 9ST6
   *  draws on voxels outside the ROI), clipped to the (interpolated) grid. */
  readonly volume: Volume<Float64Array>;
  /** The ROI on the block (IBSI morphological mask, G5KJ). Empty: bbox null. */
  readonly mask: Mask;
}

/**
 * The image and ROI on the grid features are computed on, cut to a block around the ROI. Without
 * interpolation that is the series grid; otherwise the IBSI interpolation grid (computeInterpolationGrid):
 * image values by `method` (edge values repeated beyond the image), rounded half-to-even when
 * `roundIntensities` (numpy's rounding), and the ROI by `maskMethod` on its 0/1 values (0 beyond
 * the image) kept where ≥ `maskThreshold` (compared at 10⁻⁶, as fractions like 0.4999999999 are
 * float noise of exactly ½).
 */
export function resampleRoi(volume: Volume, mask: Mask, interpolation: InterpolationSettings | null): RoiBlock {
  const src = volume.geometry;
  const b = mask.bbox;
  if (!b) return { volume: { ...volume, geometry: { ...src, dimensions: [1, 1, 1] }, data: new Float64Array(1) }, mask: { dimensions: [1, 1, 1], data: new Uint8Array(1), bbox: null } };
  if (!interpolation) {
    const box = withMargin(src, b);
    const vals = copyBox(volume.data, src.dimensions, box);
    const m = copyBox(mask.data, src.dimensions, box);
    return block(volume, src, box, vals, Uint8Array.from(m));
  }
  const s = interpolation.spacingMm;
  // PixelSpacing order [row, column] → Geometry order [column (i), row (j)].
  const grid = computeInterpolationGrid(src, [s[1], s[0], s[2]]);
  const g = grid.geometry;
  // Target voxels whose source position lies within one voxel of the source ROI's bbox.
  const lo = [0, 1, 2].map((a) => Math.ceil((b[0][a] - 1 - grid.start[a]) / grid.step[a]));
  const hi = [0, 1, 2].map((a) => Math.floor((b[1][a] + 1 - grid.start[a]) / grid.step[a]));
  const maskBox = clampBbox(g.dimensions, lo, hi);
  if (!maskBox) return resampleRoi(volume, { ...mask, bbox: null }, null);
  const frac = resampleBox(mask.data, src.dimensions, grid, maskBox, { method: interpolation.maskMethod, edge: 'zero' });
  const cut = interpolation.maskThreshold - 5e-7;
  const mbd = boxDims(maskBox);
  const inMaskBox = Uint8Array.from(frac, (x) => (x >= cut ? 1 : 0));
  const tight = computeMaskBbox(mbd, inMaskBox);
  if (!tight) return resampleRoi(volume, { ...mask, bbox: null }, null);
  const roiBox: Bbox = [
    [tight[0][0] + maskBox[0][0], tight[0][1] + maskBox[0][1], tight[0][2] + maskBox[0][2]],
    [tight[1][0] + maskBox[0][0], tight[1][1] + maskBox[0][1], tight[1][2] + maskBox[0][2]],
  ];
  const box = withMargin(g, roiBox);
  const vals = resampleBox(volume.data, src.dimensions, grid, box, { method: interpolation.method, edge: 'nearest' });
  if (interpolation.roundIntensities) for (let q = 0; q < vals.length; q++) vals[q] = roundHalfEven(vals[q]);
  // The ROI voxels lie inside maskBox ∩ box: copy them into the block.
  const bd = boxDims(box);
  const m = new Uint8Array(vals.length);
  for (let k = roiBox[0][2]; k <= roiBox[1][2]; k++)
    for (let j = roiBox[0][1]; j <= roiBox[1][1]; j++)
      for (let i = roiBox[0][0]; i <= roiBox[1][0]; i++) {
        const from = i - maskBox[0][0] + mbd[0] * (j - maskBox[0][1] + mbd[1] * (k - maskBox[0][2]));
        m[i - box[0][0] + bd[0] * (j - box[0][1] + bd[1] * (k - box[0][2]))] = inMaskBox[from];
      }
  return block(volume, g, box, vals, m);
}

/** numpy's round: halves to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const boxDims = (box: Bbox): [number, number, number] => [box[1][0] - box[0][0] + 1, box[1][1] - box[0][1] + 1, box[1][2] - box[0][2] + 1];

/** The ROI bbox grown by the peak sphere's reach (and one voxel), clipped to the grid. */
function withMargin(g: Geometry, b: Bbox): Bbox {
  const r = g.spacing.map((s) => Math.ceil(PEAK_SPHERE_RADIUS_MM / s) + 1);
  return clampBbox(g.dimensions, [b[0][0] - r[0], b[0][1] - r[1], b[0][2] - r[2]], [b[1][0] + r[0], b[1][1] + r[1], b[1][2] + r[2]])!;
}

function copyBox(data: ArrayLike<number>, dims: readonly number[], box: Bbox): Float64Array {
  const bd = boxDims(box);
  const out = new Float64Array(bd[0] * bd[1] * bd[2]);
  let q = 0;
  for (let k = box[0][2]; k <= box[1][2]; k++)
    for (let j = box[0][1]; j <= box[1][1]; j++) {
      const row = (k * dims[1] + j) * dims[0];
      for (let i = box[0][0]; i <= box[1][0]; i++) out[q++] = data[row + i];
    }
  return out;
}

function block(volume: Volume, g: Geometry, box: Bbox, vals: Float64Array, m: Uint8Array): RoiBlock {
  const bd = boxDims(box);
  const axes = [g.rowDirection, g.columnDirection, g.sliceDirection];
  const at = (d: number): number => g.origin[d] + axes[0][d] * box[0][0] * g.spacing[0] + axes[1][d] * box[0][1] * g.spacing[1] + axes[2][d] * box[0][2] * g.spacing[2];
  const geometry: Geometry = { ...g, dimensions: bd, origin: patientPoint(at(0), at(1), at(2)) };
  return {
    volume: { ...volume, geometry, data: vals },
    mask: { dimensions: bd, data: m, bbox: computeMaskBbox(bd, m) },
  };
}
