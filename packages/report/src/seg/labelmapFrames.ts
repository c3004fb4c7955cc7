import type { LabelmapRle } from '../model/schema';

/** One SEG frame: slice `k` of segment `segment`. */
export interface FrameRef {
  readonly segment: number;
  readonly k: number;
}

/**
 * SEG frames of an RLE labelmap and their packed 1-bit pixel data, computed from the runs alone
 * (cost ∝ runs + labelled voxels, not grid size). Frames are ordered by segment, then slice;
 * a segment with no voxel gets one empty frame on slice 0 (listed in `empty`).
 */
export function labelmapFrames(rle: LabelmapRle, plane: number, slices: number, segments: readonly number[]): { frames: FrameRef[]; pixelData: Uint8Array; empty: number[] } {
  const { runs } = rle;
  const present = new Uint8Array(slices * 256);
  for (let p = 0, start = 0; p < runs.length; start += runs[p + 1], p += 2) {
    const v = runs[p];
    if (v === 0 || runs[p + 1] === 0) continue;
    const k0 = Math.floor(start / plane), k1 = Math.floor((start + runs[p + 1] - 1) / plane);
    for (let k = k0; k <= k1 && k < slices; k++) present[k * 256 + v] = 1;
  }
  const frames: FrameRef[] = [];
  const empty: number[] = [];
  const frameOf = new Int32Array(slices * 256).fill(-1);
  for (const s of segments) {
    const before = frames.length;
    for (let k = 0; k < slices; k++) if (present[k * 256 + s] === 1) {
      frameOf[k * 256 + s] = frames.length;
      frames.push({ segment: s, k });
    }
    if (frames.length === before) {
      empty.push(s);
      frames.push({ segment: s, k: 0 });
    }
  }
  const nbytes = Math.ceil((frames.length * plane) / 8);
  const pixelData = new Uint8Array(nbytes + (nbytes % 2));
  for (let p = 0, start = 0; p < runs.length; start += runs[p + 1], p += 2) {
    const v = runs[p];
    if (v === 0) continue;
    for (let i = start, end = start + runs[p + 1]; i < end; i++) {
      const k = Math.floor(i / plane);
      const f = frameOf[k * 256 + v];
      if (f < 0) continue;
      const bit = f * plane + (i - k * plane);
      pixelData[bit >> 3] |= 1 << (bit & 7);
    }
  }
  return { frames, pixelData, empty };
}
