import type { IntensityUnit, Mask, Volume } from '@caliper/core';
import { voxelVolumeMm3 } from '@caliper/core';
import { computeHistogram } from './computeHistogram';
import type { ComputeHistogramOptions, Histogram } from './computeHistogram';
import { selectQuantiles } from './selectQuantiles';
import { countIntegerValues, integerOffset } from './countIntegerValues';
import { histogramFromCounts, summarizeCounts } from './summarizeCounts';

export interface RoiStats {
  /** Unit of mean, sd, min, max, median, p10, p90 (the volume's unit). */
  readonly unit: IntensityUnit;
  readonly voxelCount: number;
  /** voxelCount × voxel volume, in mL. */
  readonly volumeMl: number;
  readonly mean: number;
  /** Population SD (divide by N), IBSI ECT3 variance = sd². */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  /** IBSI KE2A: m3 / m2^1.5 (population moments, unit 1); 0 when the ROI is constant. */
  readonly skewness: number;
  /** IBSI IPH6 excess kurtosis: m4 / m2² − 3 (unit 1); 0 when the ROI is constant. */
  readonly kurtosis: number;
  readonly histogram?: Histogram;
}

export interface ComputeRoiStatsOptions {
  /** Also compute a histogram with these options. */
  readonly histogram?: ComputeHistogramOptions;
  /** Scratch buffer for the ROI's values (length >= voxel count), reused between calls. */
  readonly scratch?: Float64Array;
}

/**
 * First-order statistics of the volume's values inside the mask (IBSI intensity statistics, no
 * discretisation), in the volume's unit. Percentiles follow numpy's default linear interpolation.
 * One pass over the mask bbox gathers values, sum, min and max; central moments use a second pass
 * over the gathered values (two-pass, numerically stable); percentiles use quickselect.
 * 8/16-bit integer volumes (CT) instead count values in one pass and take exact moments and
 * percentiles from the counts. Empty ROI: voxelCount 0 and NaN statistics.
 */
export function computeRoiStats(volume: Volume, mask: Mask, options: ComputeRoiStatsOptions = {}): RoiStats {
  const offset = integerOffset(volume.data);
  if (offset !== null) return integerRoiStats(volume, mask, offset, options);
  const values = gatherValues(volume, mask, options.scratch);
  const n = values.length;
  let sum = 0, mn = Infinity, mx = -Infinity;
  for (let q = 0; q < n; q++) {
    const x = values[q];
    sum += x;
    if (x < mn) mn = x;
    if (x > mx) mx = x;
  }
  const mean = n ? sum / n : NaN;
  let m2 = 0, m3 = 0, m4 = 0;
  for (let q = 0; q < n; q++) {
    const d = values[q] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const histogram = options.histogram && n ? computeHistogram(values, options.histogram) : undefined;
  const [p10, median, p90] = selectQuantiles(values, [10, 50, 90]);
  return {
    unit: volume.unit,
    voxelCount: n,
    volumeMl: (n * voxelVolumeMm3(volume.geometry)) / 1000,
    mean,
    sd: n ? Math.sqrt(m2) : NaN,
    min: n ? mn : NaN,
    max: n ? mx : NaN,
    median,
    p10,
    p90,
    skewness: n === 0 ? NaN : m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0,
    kurtosis: n === 0 ? NaN : m2 > 0 ? m4 / (m2 * m2) - 3 : 0,
    ...(histogram ? { histogram } : {}),
  };
}

function integerRoiStats(volume: Volume, mask: Mask, offset: number, options: ComputeRoiStatsOptions): RoiStats {
  const c = countIntegerValues(volume.data, mask, offset);
  const s = summarizeCounts(c, [10, 50, 90]);
  const n = c.n;
  const histogram = options.histogram && n ? histogramFromCounts(c, options.histogram.bins, options.histogram.range) : undefined;
  return {
    unit: volume.unit,
    voxelCount: n,
    volumeMl: (n * voxelVolumeMm3(volume.geometry)) / 1000,
    mean: s.mean,
    sd: Math.sqrt(s.m2),
    min: c.min,
    max: c.max,
    median: s.percentiles[1],
    p10: s.percentiles[0],
    p90: s.percentiles[2],
    skewness: n === 0 ? NaN : s.m2 > 0 ? s.m3 / Math.pow(s.m2, 1.5) : 0,
    kurtosis: n === 0 ? NaN : s.m2 > 0 ? s.m4 / (s.m2 * s.m2) - 3 : 0,
    ...(histogram ? { histogram } : {}),
  };
}

/** The volume's values at the mask's voxels (scan order), as a view of `scratch` when it is big enough. */
export function gatherValues(volume: Volume, mask: Mask, scratch?: Float64Array): Float64Array {
  const b = mask.bbox;
  if (!b) return new Float64Array(0);
  const [ni, nj] = mask.dimensions;
  const m = mask.data, v = volume.data;
  let count = 0;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let n = row + b[0][0]; n <= row + b[1][0]; n++) count += m[n] !== 0 ? 1 : 0;
    }
  const out = scratch && scratch.length >= count ? scratch.subarray(0, count) : new Float64Array(count);
  let q = 0;
  for (let k = b[0][2]; k <= b[1][2]; k++)
    for (let j = b[0][1]; j <= b[1][1]; j++) {
      const row = (k * nj + j) * ni;
      for (let n = row + b[0][0]; n <= row + b[1][0]; n++) if (m[n] !== 0) out[q++] = v[n];
    }
  return out;
}
