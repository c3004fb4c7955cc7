import type { LabelmapRle } from '../model/schema';

/**
 * Run-length encode a labelmap (segment number per voxel, i-fastest order) as alternating
 * (value, runLength) pairs. Long uniform stretches are skipped four voxels at a time, so a
 * mostly-background 512×512×300 labelmap costs a quarter of a byte-by-byte pass.
 */
export function encodeLabelmap(labels: Uint8Array): LabelmapRle {
  const n = labels.length;
  const runs: number[] = [];
  if (n === 0) return { encoding: 'rle-u32', runs: new Uint32Array(0) };
  const aligned = labels.byteOffset % 4 === 0;
  const words = aligned ? new Uint32Array(labels.buffer, labels.byteOffset, n >> 2) : undefined;
  let value = labels[0];
  let start = 0;
  let i = 1;
  while (i < n) {
    if (words !== undefined && (i & 3) === 0 && i + 4 <= n && words[i >> 2] === value * 0x01010101) {
      i += 4;
      continue;
    }
    const v = labels[i];
    if (v !== value) {
      runs.push(value, i - start);
      value = v;
      start = i;
    }
    i++;
  }
  runs.push(value, n - start);
  return { encoding: 'rle-u32', runs: Uint32Array.from(runs) };
}
