import type { LabelmapRle } from '../model/schema';

/** Incremental RLE writer: adjacent runs of the same value merge. */
export interface RleBuilder {
  pushRun(value: number, length: number): void;
  /** Append labels (e.g. one slice), skipping uniform stretches four voxels at a time. */
  pushLabels(labels: Uint8Array): void;
  finish(): LabelmapRle;
}

export function createRleBuilder(): RleBuilder {
  const runs: number[] = [];
  const pushRun = (value: number, length: number) => {
    if (length === 0) return;
    if (runs.length > 0 && runs[runs.length - 2] === value) runs[runs.length - 1] += length;
    else runs.push(value, length);
  };
  return {
    pushRun,
    pushLabels(labels) {
      const n = labels.length;
      if (n === 0) return;
      const words = labels.byteOffset % 4 === 0 ? new Uint32Array(labels.buffer, labels.byteOffset, n >> 2) : undefined;
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
          pushRun(value, i - start);
          value = v;
          start = i;
        }
        i++;
      }
      pushRun(value, n - start);
    },
    finish: () => ({ encoding: 'rle-u32', runs: Uint32Array.from(runs) }),
  };
}

/**
 * Run-length encode a labelmap (segment number per voxel, i-fastest order) as alternating
 * (value, runLength) pairs. A 512×512×300 labelmap with 20 lesions encodes to a few kB.
 */
export function encodeLabelmap(labels: Uint8Array): LabelmapRle {
  const b = createRleBuilder();
  b.pushLabels(labels);
  return b.finish();
}
