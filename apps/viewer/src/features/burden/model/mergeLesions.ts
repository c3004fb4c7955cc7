import type { BurdenLesion, CroppedMask } from '@caliper/engine';
import { patientPoint } from '@caliper/core';

/** Union of cropped masks on one grid, cropped to the union's bbox. */
function unionMasks(masks: readonly CroppedMask[]): CroppedMask {
  const set = masks.filter((m) => m.bbox);
  if (!set.length) return masks[0];
  const lo = [0, 1, 2].map((d) => Math.min(...set.map((m) => m.bbox![0][d])));
  const hi = [0, 1, 2].map((d) => Math.max(...set.map((m) => m.bbox![1][d])));
  const len = [0, 1, 2].map((d) => hi[d] - lo[d] + 1);
  const data = new Uint8Array(len[0] * len[1] * len[2]);
  for (const m of set) {
    const b = m.bbox!;
    const l = [0, 1, 2].map((d) => b[1][d] - b[0][d] + 1);
    for (let k = 0; k < l[2]; k++)
      for (let j = 0; j < l[1]; j++)
        for (let i = 0; i < l[0]; i++)
          if (m.data[(k * l[1] + j) * l[0] + i]) data[((k + b[0][2] - lo[2]) * len[1] + (j + b[0][1] - lo[1])) * len[0] + (i + b[0][0] - lo[0])] = 1;
  }
  return { dimensions: set[0].dimensions, bbox: [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]], data };
}

/**
 * The reader's merge of several lesions into one (id = the smallest), exact without the image:
 * counts, volumes and TLG add; SUVmax is the largest; SUVmean is the voxel-weighted mean; the
 * centroid the voxel-weighted mean of the centroids (unweighted mean of all voxel centres); SUVpeak
 * (IBSI 0F91 over every voxel centre of the lesion, image voxels of the sphere not restricted to the
 * lesion) is the largest of the peaks. Returns null when fewer than two of `ids` exist.
 */
export function mergeLesions(lesions: readonly BurdenLesion[], masks: readonly CroppedMask[], ids: readonly number[]): { lesions: BurdenLesion[]; masks: CroppedMask[] } | null {
  const picked = lesions.map((l, i) => ({ l, i })).filter(({ l }) => ids.includes(l.id));
  if (picked.length < 2) return null;
  const n = picked.reduce((s, { l }) => s + l.voxelCount, 0);
  const c = [0, 1, 2].map((d) => picked.reduce((s, { l }) => s + l.centroidMm[d] * l.voxelCount, 0) / n);
  const merged: BurdenLesion = {
    id: Math.min(...picked.map(({ l }) => l.id)),
    voxelCount: n,
    volumeMl: picked.reduce((s, { l }) => s + l.volumeMl, 0),
    suvMax: Math.max(...picked.map(({ l }) => l.suvMax)),
    suvPeak: Math.max(...picked.map(({ l }) => l.suvPeak)),
    suvMean: picked.reduce((s, { l }) => s + l.suvMean * l.voxelCount, 0) / n,
    tlg: picked.reduce((s, { l }) => s + l.tlg, 0),
    centroidMm: patientPoint(c[0], c[1], c[2]),
  };
  const first = picked[0].i;
  const outL: BurdenLesion[] = [], outM: CroppedMask[] = [];
  lesions.forEach((l, i) => {
    if (i === first) {
      outL.push(merged);
      outM.push(unionMasks(picked.map((p) => masks[p.i])));
    } else if (!ids.includes(l.id)) {
      outL.push(l);
      outM.push(masks[i]);
    }
  });
  return { lesions: outL, masks: outM };
}
