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
  /** Called between steps (progress, cancellation checkpoints). */
  readonly onStep?: (step: string) => void;
}

/** Grey levels beyond which dense co-occurrence matrices (ng² per direction) are refused. */
export const MAX_TEXTURE_LEVELS = 1024;

const DIRECTIONAL: Record<'2D' | '3D', readonly (readonly [string, string])[]> = {
  '2D': [['2D:AVG', '2D, averaged'], ['2D:SMRG', '2D, slice-merged'], ['2.5D:DMRG', '2.5D, direction-merged'], ['2.5D:MRG', '2.5D, merged']],
  '3D': [['3D:AVG', '3D, averaged'], ['3D:MRG', '3D, merged']],
};
const ZONE: Record<'2D' | '3D', readonly (readonly [string, string])[]> = { '2D': [['2D', '2D'], ['2.5D', '2.5D']], '3D': [['3D', '3D']] };

/**
 * Every IBSI-1 feature of one ROI under one setting (IBSI reference manual, chapters 2–3): the image
 * and ROI are cut to a block around the ROI and interpolated (resampleRoi), the ROI re-segmented
 * into the intensity mask (resegmentMask), discretised (discretiseRoi), and each family computed:
 * morphology (morphological mask), local intensity, intensity statistics, intensity histogram,
 * intensity-volume histogram (intensity mask) and the texture families for the settings' approach
 * ("2D": 2D and 2.5D aggregations, 346 features; "3D": 3D, 210 features).
 */
export function computeRadiomics(volume: Volume, mask: Mask, settings: RadiomicsSettings, options: ComputeRadiomicsOptions = {}): Result<RadiomicsResult, RadiomicsError> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
    options.onStep?.(name);
  };
  const block = resampleRoi(volume, mask, settings.interpolation);
  if (!block.mask.bbox) return err({ kind: 'empty-roi' });
  step('interpolation');
  const { mask: intensity, range } = resegmentMask(block.volume, block.mask, settings.resegmentation);
  if (!intensity.bbox) return err({ kind: 'empty-after-resegmentation', range });
  const values = gatherValues(block.volume, intensity);
  step('resegmentation');
  const roi = discretiseRoi(block.volume, block.mask, intensity, settings.discretisation);
  if (roi.ng > MAX_TEXTURE_LEVELS) return err({ kind: 'too-many-grey-levels', levels: roi.ng });
  step('discretisation');
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
  step('morphology');
  put('local_intensity', catalogue.LOCAL_INTENSITY, computeLocalIntensityFeatures(block.volume, intensity));
  step('local_intensity');
  put('intensity_statistics', catalogue.INTENSITY_STATISTICS, computeIntensityStatistics(values));
  step('intensity_statistics');
  const levels = new Int32Array(roi.count);
  for (let q = 0, w = 0; q < roi.levels.length; q++) if (roi.levels[q]) levels[w++] = roi.levels[q];
  put('intensity_histogram', catalogue.INTENSITY_HISTOGRAM, computeIntensityHistogramFeatures(levels, roi.ng));
  step('intensity_histogram');
  // The IVH range G is the user's re-segmentation range (IBSI P88C), not the outlier filter's.
  put('intensity_volume_histogram', catalogue.INTENSITY_VOLUME_HISTOGRAM, computeIvhFeatures(values, settings.ivh, settings.resegmentation.range));
  step('intensity_volume_histogram');
  const ap = settings.approach;
  putTexture('GLCM', catalogue.GLCM, DIRECTIONAL[ap], computeGlcmFamily(roi, ap));
  step('GLCM');
  putTexture('GLRLM', catalogue.GLRLM, DIRECTIONAL[ap], computeGlrlmFamily(roi, ap));
  step('GLRLM');
  const zones = labelZones(roi, ap === '2D');
  putTexture('GLSZM', catalogue.GLSZM, ZONE[ap], computeGlszmFamily(roi, zones, ap));
  step('GLSZM');
  putTexture('GLDZM', catalogue.GLDZM, ZONE[ap], computeGldzmFamily(roi, zones, ap));
  step('GLDZM');
  putTexture('NGTDM', catalogue.NGTDM, ZONE[ap], computeNgtdmFamily(roi, ap));
  step('NGTDM');
  putTexture('NGLDM', catalogue.NGLDM, ZONE[ap], computeNgldmFamily(roi, ap));
  step('NGLDM');
  return ok({ roi: { morphologicalVoxels: countSet(block.mask), intensityVoxels: values.length }, features: out, order, range, timings });
}

function countSet(m: Mask): number {
  let n = 0;
  for (let q = 0; q < m.data.length; q++) n += m.data[q] ? 1 : 0;
  return n;
}
