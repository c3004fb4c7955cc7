import type { Mask, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { gatherValues } from '../stats/computeRoiStats';
import * as catalogue from './catalogue/featureCatalogue';
import type { FeatureEntry, RadiomicsFamily } from './catalogue/featureCatalogue';
import type { FeatureValues } from './catalogue/featureValues';
import { finiteOrNull } from './catalogue/featureValues';
import { computeGldzmFamily } from './gldzm/computeGldzmFamily';
import { computeGlcmFamily } from './glcm/computeGlcmFamily';
import { computeGlrlmFamily } from './glrlm/computeGlrlmFamily';
import { computeGlszmFamily } from './glszm/computeGlszmFamily';
import { labelZones } from './glszm/labelZones';
import { computeIntensityHistogramFeatures } from './intensity_histogram/computeIntensityHistogramFeatures';
import { computeIntensityStatistics } from './intensity_statistics/computeIntensityStatistics';
import { computeIvhFeatures } from './intensity_volume_histogram/computeIvhFeatures';
import { computeLocalIntensityFeatures } from './local_intensity/computeLocalIntensityFeatures';
import { computeMorphologyFeatures } from './morphology/computeMorphologyFeatures';
import { computeNgldmFamily } from './ngldm/computeNgldmFamily';
import { computeNgtdmFamily } from './ngtdm/computeNgtdmFamily';
import { discretiseRoi } from './processing/discretiseRoi';
import { resampleRoi } from './processing/resampleRoi';
import { resegmentMask } from './processing/resegmentMask';
import type { RadiomicsSettings } from './settings/radiomicsSettings';

/** One reported feature; `value` null where IBSI leaves it undefined for this ROI. */
export interface RadiomicsFeature {
  readonly name: string;
  readonly family: RadiomicsFamily;
  /** Texture families only: "2D, averaged", "2.5D", "3D, merged", … */
  readonly aggregation?: string;
  readonly value: number | null;
}

export interface RadiomicsResult {
  readonly roi: { readonly morphologicalVoxels: number; readonly intensityVoxels: number };
  /** Keyed `CODE`, `CODE.2D:AVG` (GLCM/GLRLM), `CODE.2.5D` (zone/neighbourhood families), `BC2M.V10`… */
  readonly features: Readonly<Record<string, RadiomicsFeature>>;
  /** The keys in IBSI table order (an object cannot keep it: "1128" is an integer-like key and is enumerated first). */
  readonly order: readonly string[];
  /** Re-segmentation range actually applied (after the outlier filter). */
  readonly range: readonly [number | null, number | null];
  /** Milliseconds per step (interpolation, each family), for benchmarks. */
  readonly timings: Readonly<Record<string, number>>;
}

export type RadiomicsError =
  | { readonly kind: 'empty-roi' }
  | { readonly kind: 'empty-after-resegmentation'; readonly range: readonly [number | null, number | null] }
  | { readonly kind: 'too-many-grey-levels'; readonly levels: number };

export interface ComputeRadiomicsOptions {
  /** Moran's I / Geary's C: pairwise sums up to this many voxels, FFT above. */
  readonly directMaxVoxels?: number;
  /** Called after each step (progress). */
  readonly onStep?: (step: RadiomicsStep) => void;
}

/** The steps of a computation, in order (progress = index + 1 of RADIOMICS_STEPS.length). */
export const RADIOMICS_STEPS = [
  'interpolation', 'resegmentation', 'discretisation', 'morphology', 'local_intensity', 'intensity_statistics', 'intensity_histogram',
  'intensity_volume_histogram', 'GLCM', 'GLRLM', 'GLSZM', 'GLDZM', 'NGTDM', 'NGLDM',
] as const;
export type RadiomicsStep = (typeof RADIOMICS_STEPS)[number];

/** Grey levels beyond which dense co-occurrence matrices (ng² per direction) are refused. */
export const MAX_TEXTURE_LEVELS = 1024;

const DIRECTIONAL: Record<'2D' | '3D', readonly (readonly [string, string])[]> = {
  '2D': [['2D:AVG', '2D, averaged'], ['2D:SMRG', '2D, slice-merged'], ['2.5D:DMRG', '2.5D, direction-merged'], ['2.5D:MRG', '2.5D, merged']],
  '3D': [['3D:AVG', '3D, averaged'], ['3D:MRG', '3D, merged']],
};
const ZONE: Record<'2D' | '3D', readonly (readonly [string, string])[]> = { '2D': [['2D', '2D'], ['2.5D', '2.5D']], '3D': [['3D', '3D']] };

/** computeRadiomics run to completion (see iterateRadiomics for checkpoints between steps). */
export function computeRadiomics(volume: Volume, mask: Mask, settings: RadiomicsSettings, options: ComputeRadiomicsOptions = {}): Result<RadiomicsResult, RadiomicsError> {
  const it = iterateRadiomics(volume, mask, settings, options);
  for (let r = it.next(); ; r = it.next()) if (r.done) return r.value;
}

/**
 * Every IBSI-1 feature of one ROI under one setting (IBSI reference manual, chapters 2–3): the image
 * and ROI are cut to a block around the ROI and interpolated (resampleRoi), the ROI re-segmented
 * into the intensity mask (resegmentMask), discretised (discretiseRoi), and each family computed:
 * morphology (morphological mask), local intensity, intensity statistics, intensity histogram,
 * intensity-volume histogram (intensity mask) and the texture families for the settings' approach
 * ("2D": 2D and 2.5D aggregations, 346 features; "3D": 3D, 210 features).
 * A generator that yields the name of each step done (RADIOMICS_STEPS), so a worker can check
 * for cancellation between steps; `mask` is only read before the first yield.
 */
export function* iterateRadiomics(volume: Volume, mask: Mask, settings: RadiomicsSettings, options: ComputeRadiomicsOptions = {}): Generator<RadiomicsStep, Result<RadiomicsResult, RadiomicsError>> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const step = (name: RadiomicsStep): RadiomicsStep => {
    const now = performance.now();
    timings[name] = now - t;
    options.onStep?.(name);
    return name;
  };
  const block = resampleRoi(volume, mask, settings.interpolation);
  if (!block.mask.bbox) return err({ kind: 'empty-roi' });
  yield step('interpolation');
  t = performance.now();
  const { mask: intensity, range } = resegmentMask(block.volume, block.mask, settings.resegmentation);
  if (!intensity.bbox) return err({ kind: 'empty-after-resegmentation', range });
  const values = gatherValues(block.volume, intensity);
  yield step('resegmentation');
  t = performance.now();
  const roi = discretiseRoi(block.volume, block.mask, intensity, settings.discretisation);
  if (roi.ng > MAX_TEXTURE_LEVELS) return err({ kind: 'too-many-grey-levels', levels: roi.ng });
  yield step('discretisation');
  t = performance.now();
  const out: Record<string, RadiomicsFeature> = {};
  const order: string[] = [];
  const put = (family: RadiomicsFamily, entries: readonly FeatureEntry[], values: FeatureValues): void => {
    for (const [key, name] of entries) {
      out[key] = { name, family, value: values[key] ?? null };
      order.push(key);
    }
  };
  const putTexture = (family: RadiomicsFamily, entries: readonly FeatureEntry[], aggs: readonly (readonly [string, string])[], rows: Record<string, number[]>): void => {
    entries.forEach(([code, name], f) => {
      for (const [key, label] of aggs) {
        out[`${code}.${key}`] = { name, family, aggregation: label, value: finiteOrNull(rows[key][f]) };
        order.push(`${code}.${key}`);
      }
    });
  };
  put('morphology', catalogue.MORPHOLOGY, computeMorphologyFeatures(block.volume, block.mask, intensity, options));
  yield step('morphology');
  t = performance.now();
  put('local_intensity', catalogue.LOCAL_INTENSITY, computeLocalIntensityFeatures(block.volume, intensity));
  yield step('local_intensity');
  t = performance.now();
  put('intensity_statistics', catalogue.INTENSITY_STATISTICS, computeIntensityStatistics(values));
  yield step('intensity_statistics');
  t = performance.now();
  const levels = new Int32Array(roi.count);
  for (let q = 0, w = 0; q < roi.levels.length; q++) if (roi.levels[q]) levels[w++] = roi.levels[q];
  put('intensity_histogram', catalogue.INTENSITY_HISTOGRAM, computeIntensityHistogramFeatures(levels, roi.ng));
  yield step('intensity_histogram');
  t = performance.now();
  // The IVH range G is the user's re-segmentation range (IBSI P88C), not the outlier filter's.
  put('intensity_volume_histogram', catalogue.INTENSITY_VOLUME_HISTOGRAM, computeIvhFeatures(values, settings.ivh, settings.resegmentation.range));
  yield step('intensity_volume_histogram');
  t = performance.now();
  const ap = settings.approach;
  putTexture('GLCM', catalogue.GLCM, DIRECTIONAL[ap], computeGlcmFamily(roi, ap));
  yield step('GLCM');
  t = performance.now();
  putTexture('GLRLM', catalogue.GLRLM, DIRECTIONAL[ap], computeGlrlmFamily(roi, ap));
  yield step('GLRLM');
  t = performance.now();
  const zones = labelZones(roi, ap === '2D');
  putTexture('GLSZM', catalogue.GLSZM, ZONE[ap], computeGlszmFamily(roi, zones, ap));
  yield step('GLSZM');
  t = performance.now();
  putTexture('GLDZM', catalogue.GLDZM, ZONE[ap], computeGldzmFamily(roi, zones, ap));
  yield step('GLDZM');
  t = performance.now();
  putTexture('NGTDM', catalogue.NGTDM, ZONE[ap], computeNgtdmFamily(roi, ap));
  yield step('NGTDM');
  t = performance.now();
  putTexture('NGLDM', catalogue.NGLDM, ZONE[ap], computeNgldmFamily(roi, ap));
  yield step('NGLDM');
  t = performance.now();
  return ok({ roi: { morphologicalVoxels: countSet(block.mask), intensityVoxels: values.length }, features: out, order, range, timings });
}

function countSet(m: Mask): number {
  let n = 0;
  for (let q = 0; q < m.data.length; q++) n += m.data[q] ? 1 : 0;
  return n;
}
