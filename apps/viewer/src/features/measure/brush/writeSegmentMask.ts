import type { CroppedMask } from '@caliper/engine';

type Dims = readonly [number, number, number];
/** Writable labelmap voxels of slice k (i-fastest), or undefined if the slice does not exist. */
export type WritableSliceGetter = (k: number) => { [i: number]: number; readonly length: number } | undefined;

/**
 * Make segment `index` of a labelmap equal to `mask`: its voxels outside the mask become 0, the
 * mask's voxels become `index` (overwriting other segments there). Returns the slices (k) changed.
 */
export function writeSegmentMask(slice: WritableSliceGetter, dims: Dims, index: number, mask: CroppedMask | null): number[] {
  const [ni, nj, nk] = dims;
  const changed = new Set<number>();
  const b = mask?.bbox ?? null;
  const li = b ? b[1][0] - b[0][0] + 1 : 0, lj = b ? b[1][1] - b[0][1] + 1 : 0;
  const inMask = (i: number, j: number, k: number): boolean => {
    if (!b || !mask) return false;
    const x = i - b[0][0], y = j - b[0][1], z = k - b[0][2];
    if (x < 0 || y < 0 || z < 0 || x >= li || y >= lj || k > b[1][2]) return false;
    return mask.data[(z * lj + y) * li + x] === 1;
  };
  for (let k = 0; k < nk; k++) {
    const s = slice(k);
    if (!s) continue;
    const touchesBox = !!b && k >= b[0][2] && k <= b[1][2];
    for (let j = 0, p = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, p++) {
        const want = touchesBox && inMask(i, j, k);
        if (want && s[p] !== index) {
          s[p] = index;
          changed.add(k);
        } else if (!want && s[p] === index) {
          s[p] = 0;
          changed.add(k);
        }
      }
  }
  return [...changed].sort((a, c) => a - c);
}
