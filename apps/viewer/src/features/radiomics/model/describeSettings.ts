import type { RadiomicsSettings } from '@caliper/engine';

const n = (x: number | null, open: string): string => (x === null ? open : String(x));

/** One line per processing step of a setting, in the series unit (shown under the configuration). */
export function describeSettings(s: RadiomicsSettings, unit: string): string[] {
  const i = s.interpolation;
  const [lo, hi] = s.resegmentation.range;
  const d = s.discretisation;
  const v = s.ivh;
  return [
    `Approach ${s.approach}${s.approach === '2D' ? ' (per slice: 2D and 2.5D aggregations)' : ' (volume)'}`,
    i
      ? `Interpolation ${i.spacingMm[0]}×${i.spacingMm[1]}${i.spacingMm[2] === null ? ' mm in-plane' : `×${i.spacingMm[2]} mm`}, ${i.method === 'cubic' ? 'cubic spline' : i.method}${i.roundIntensities ? ', intensities rounded' : ''}; ROI ${i.maskMethod}, partial volume ≥ ${i.maskThreshold}`
      : 'Interpolation none (native grid)',
    `Re-segmentation ${lo === null && hi === null ? 'none' : `[${n(lo, '−∞')}, ${n(hi, '∞')}] ${unit}`}${s.resegmentation.outlierSigma === null ? '' : `; outliers beyond ${s.resegmentation.outlierSigma}σ removed`}`,
    d.method === 'FBN' ? `Discretisation FBN ${d.bins} bins` : `Discretisation FBS ${d.binWidth} ${unit}${d.lowerBound === null ? ' from the ROI minimum' : ` from ${d.lowerBound} ${unit}`}`,
    v.method === 'none' ? 'IVH: intensities as they are (unit steps)' : v.method === 'FBS' ? `IVH FBS ${v.binWidth} ${unit}` : `IVH FBN ${v.bins} bins`,
  ];
}

/** How a feature was computed, for its tooltip (IBSI-1; matrices with the settings' discretisation). */
export function featureMethod(family: string | undefined, aggregation: string | undefined, s: RadiomicsSettings, unit: string): string {
  const d = s.discretisation.method === 'FBN' ? `FBN ${s.discretisation.bins} bins` : `FBS ${s.discretisation.binWidth} ${unit}`;
  const agg = aggregation ? `, ${aggregation}` : '';
  switch (family) {
    case 'morphology': return 'Morphology (IBSI-1): mesh by marching cubes on the zero-padded morphological mask; voxel counts; PCA axes (sample covariance)';
    case 'local_intensity': return 'Local intensity (IBSI-1): mean in a 1 cm³ sphere around voxel centres';
    case 'intensity_statistics': return 'Intensity statistics (IBSI-1) over the re-segmented ROI: population variance, numpy-linear percentiles';
    case 'intensity_histogram': return `Intensity histogram (IBSI-1), discretised ${d}; entropy log2`;
    case 'intensity_volume_histogram': return `Intensity-volume histogram (IBSI-1), ${s.ivh.method === 'none' ? 'unit steps' : s.ivh.method === 'FBS' ? `FBS ${s.ivh.binWidth} ${unit}` : `FBN ${s.ivh.bins} bins`}`;
    case 'GLCM': return `GLCM (IBSI-1), symmetric, Chebyshev distance 1, ${d}${agg}`;
    case 'GLRLM': return `GLRLM (IBSI-1), ${d}${agg}`;
    case 'GLSZM': return `GLSZM (IBSI-1), zones ${s.approach === '2D' ? '8' : '26'}-connected, ${d}${agg}`;
    case 'GLDZM': return `GLDZM (IBSI-1), border distance on the morphological mask, ${d}${agg}`;
    case 'NGTDM': return `NGTDM (IBSI-1), distance 1, ${d}${agg}`;
    case 'NGLDM': return `NGLDM (IBSI-1), distance 1, coarseness 0, ${d}${agg}`;
    default: return `IBSI-1${agg}`;
  }
}
