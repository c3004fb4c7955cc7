import type { LabelmapRle } from '../model/schema';

/**
 * Run-length encode a labelmap (segment number per voxel, i-fastest order) as alternating
 * (value, runLength) pairs. A 512×512×300 labelmap with 20 lesions encodes to a few kB.
 */
export function encodeLabelmap(labels: ArrayLike<number>): LabelmapRle {
  const n = labels.length;
  let pairs = 0;
  for (let i = 0; i < n; i++) if (i === 0 || labels[i] !== labels[i - 1]) pairs++;
  const runs = new Uint32Array(pairs * 2);
  let p = -2;
  for (let i = 0; i < n; i++) {
    if (i === 0 || labels[i] !== labels[i - 1]) {
      p += 2;
      runs[p] = labels[i];
    }
    runs[p + 1]++;
  }
  return { encoding: 'rle-u32', runs };
}
