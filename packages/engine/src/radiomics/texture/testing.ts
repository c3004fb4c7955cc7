import type { DiscretisedRoi } from '../processing/discretiseRoi';

/**
 * A DiscretisedRoi from grey levels given slice by slice as rows (0 = outside the ROI), padded
 * with one empty voxel on every side; the morphological mask is the whole unpadded block. For tests.
 */
export function makeLevels(slices: readonly (readonly (readonly number[])[])[], ng: number): DiscretisedRoi {
  const nk = slices.length, nj = slices[0].length, ni = slices[0][0].length;
  const dims: [number, number, number] = [ni + 2, nj + 2, nk + 2];
  const levels = new Int32Array(dims[0] * dims[1] * dims[2]);
  const morphological = new Uint8Array(levels.length);
  let count = 0;
  slices.forEach((rows, k) =>
    rows.forEach((row, j) =>
      row.forEach((l, i) => {
        const q = i + 1 + dims[0] * (j + 1 + dims[1] * (k + 1));
        levels[q] = l;
        morphological[q] = 1;
        if (l) count++;
      }),
    ),
  );
  return { dims, levels, morphological, ng, count };
}
