import type { PatientPoint } from '@caliper/core';
import type { CoarseVolume } from './coarseVolume';

/** Fixed-image samples for the alignment metric: positions relative to `centre` and intensities. */
export interface AlignSamples {
  readonly count: number;
  /** Sample position minus `centre`, patient LPS mm (the fixed study's frame). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly z: Float32Array;
  /** Fixed intensity at the sample (the volume's unit). */
  readonly value: Float32Array;
  readonly centre: PatientPoint;
  /** RMS distance of the samples from `centre`, mm: turns an angle step into a displacement at the body surface. */
  readonly radiusMm: number;
}

export interface SelectSamplesOptions {
  /** Body threshold in the volume's unit (e.g. −500 HU): the samples cover voxels above it, grown by one voxel. */
  readonly threshold: number;
  /** Keep about this many samples (a deterministic uniform subset; within ~15 %). */
  readonly maxSamples: number;
  /** Positions are stored relative to this point (the rotation centre), patient LPS mm. */
  readonly centre: PatientPoint;
}

/**
 * Choose where the metric is evaluated: coarse voxels of the body (value > threshold) and their
 * 26 neighbours, so the skin–air edge, the strongest feature of a CT, is sampled from both sides;
 * air far from the body carries no information and is skipped. When the body has more voxels than
 * `maxSamples`, an evenly spread subset is kept (Fibonacci hashing of the voxel index: a
 * low-discrepancy draw that is not a sub-lattice of the grid, and the same subset on every call).
 *
 * Cost: the subset is drawn first and only drawn voxels test their 3×3×3 neighbourhood, so a
 * 4-million-voxel level costs about one cheap pass instead of a full dilation; the fraction drawn
 * comes from a 1-in-7 probe of the threshold, so the count is `maxSamples` within ~15 %.
 */
export function selectSamples(volume: CoarseVolume, options: SelectSamplesOptions): AlignSamples {
  const g = volume.geometry;
  const [ni, nj, nk] = g.dimensions;
  const d = volume.data, n = d.length, plane = ni * nj, t = options.threshold;
  let hits = 0, probes = 0;
  for (let p = 0; p < n; p += 7, probes++) if (d[p] > t) hits++;
  // Body fraction, plus a margin for the one-voxel band the neighbourhood adds.
  const body = Math.min(1, (hits / probes) * 1.15 + 0.01);
  const frac = Math.min(1, options.maxSamples / (body * n));
  const keep = frac * 4294967296;
  const cap = Math.min(n, Math.ceil(n * frac + 6 * Math.sqrt(n * frac) + 64));
  const x = new Float32Array(cap), y = new Float32Array(cap), z = new Float32Array(cap), value = new Float32Array(cap);
  const [di, dj, dk] = g.spacing, r = g.rowDirection, c = g.columnDirection, sl = g.sliceDirection;
  const o = [g.origin[0] - options.centre[0], g.origin[1] - options.centre[1], g.origin[2] - options.centre[2]];
  let count = 0, r2 = 0;
  for (let p = 0; p < n && count < cap; p++) {
    if (Math.imul(p + 1, 0x9e3779b1) >>> 0 >= keep) continue;
    const i = p % ni, j = Math.floor(p / ni) % nj, k = Math.floor(p / plane);
    if (!nearBody(d, t, ni, nj, nk, i, j, k)) continue;
    const u = i * di, v = j * dj, w = k * dk;
    const px = o[0] + u * r[0] + v * c[0] + w * sl[0], py = o[1] + u * r[1] + v * c[1] + w * sl[1], pz = o[2] + u * r[2] + v * c[2] + w * sl[2];
    x[count] = px;
    y[count] = py;
    z[count] = pz;
    value[count] = d[p];
    r2 += px * px + py * py + pz * pz;
    count++;
  }
  return {
    count,
    x: x.subarray(0, count),
    y: y.subarray(0, count),
    z: z.subarray(0, count),
    value: value.subarray(0, count),
    centre: options.centre,
    radiusMm: count ? Math.sqrt(r2 / count) : 0,
  };
}

/** Any voxel of the 3×3×3 block around (i, j, k) above the threshold (the centre first). */
function nearBody(d: Float32Array, t: number, ni: number, nj: number, nk: number, i: number, j: number, k: number): boolean {
  if (d[i + ni * (j + nj * k)] > t) return true;
  for (let kk = Math.max(0, k - 1); kk <= Math.min(nk - 1, k + 1); kk++)
    for (let jj = Math.max(0, j - 1); jj <= Math.min(nj - 1, j + 1); jj++) {
      const row = ni * (jj + nj * kk);
      for (let ii = Math.max(0, i - 1); ii <= Math.min(ni - 1, i + 1); ii++) if (d[row + ii] > t) return true;
    }
  return false;
}
