import type { CroppedMask } from '@caliper/engine';

/** True when two cropped masks hold the same voxels (same bbox and data). */
export function sameMask(a: CroppedMask | null | undefined, b: CroppedMask | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const ba = a.bbox, bb = b.bbox;
  if (!ba || !bb) return !ba && !bb;
  for (let c = 0; c < 2; c++) for (let d = 0; d < 3; d++) if (ba[c][d] !== bb[c][d]) return false;
  if (a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}
