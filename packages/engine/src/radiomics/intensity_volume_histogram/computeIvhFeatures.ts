import type { FeatureValues } from '../catalogue/featureValues';
import type { IvhSettings } from '../settings/radiomicsSettings';

/**
 * IBSI intensity-volume histogram features (P88C) of the intensity-mask values. Discretisation:
 * - none: the values as they are (calibrated, discrete, e.g. HU), unit steps over the range
 *   G = re-segmentation range (an open bound: the ROI's min or max);
 * - FBS w: bins of width w from the range's lower bound (else the ROI min), each voxel at its bin
 *   centre, G = [X_min + w/2, X_max − w/2] in steps of w (intensities in the series unit);
 * - FBN n: bins 1…n over the ROI's min–max, G = [1, n] (intensities are bin numbers).
 * ν_i = fraction of voxels with discretised intensity ≥ i, γ_i = (i − min G)/(max G − min G), for
 * every i of G including absent intensities. BC2M.V10/V90: ν at the first i with γ ≥ 10 %/90 %;
 * GBPN.I10/I90: the first i with ν ≤ 10 %/90 %; DDTU = V10 − V90; CNV2 = I10 − I90.
 */
export function computeIvhFeatures(values: ArrayLike<number>, settings: IvhSettings, range: readonly [number | null, number | null]): FeatureValues {
  const n = values.length;
  const none: FeatureValues = { 'BC2M.V10': null, 'BC2M.V90': null, 'GBPN.I10': null, 'GBPN.I90': null, DDTU: null, CNV2: null };
  if (n === 0) return none;
  let mn = Infinity, mx = -Infinity;
  for (let q = 0; q < n; q++) {
    if (values[q] < mn) mn = values[q];
    if (values[q] > mx) mx = values[q];
  }
  let bin: (x: number) => number, g0: number, g1: number, step: number;
  if (settings.method === 'FBN') {
    const nb = settings.bins, r = mx - mn;
    bin = (x) => (r > 0 ? (x >= mx ? nb : Math.floor((nb * (x - mn)) / r) + 1) : 1);
    [g0, g1, step] = [1, nb, 1];
  } else {
    const lo = range[0] ?? mn, hi = range[1] ?? mx;
    if (settings.method === 'none') {
      bin = (x) => Math.floor(x - lo) + 1;
      [g0, g1, step] = [lo, hi, 1];
    } else {
      const w = settings.binWidth;
      bin = (x) => Math.floor((x - lo) / w) + 1;
      [g0, g1, step] = [lo + w / 2, hi - w / 2, w];
    }
  }
  if (g1 < g0) return none;
  const points = Math.floor((g1 - g0) / step + 1e-9) + 1;
  let top = 0;
  const bins = new Int32Array(n);
  for (let q = 0; q < n; q++) top = Math.max(top, (bins[q] = Math.max(1, bin(values[q]))));
  const count = new Float64Array(Math.max(top, points) + 1);
  for (let q = 0; q < n; q++) count[bins[q]]++;
  // nu[k] = fraction of voxels whose bin exceeds k (intensity ≥ g0 + k·step).
  const nu = new Float64Array(count.length);
  let below = 0;
  for (let k = 0; k < count.length; k++) {
    below += k > 0 ? count[k] : 0;
    nu[k] = 1 - below / n;
  }
  const span = g1 - g0;
  const volumeAt = (x: number): number | null => {
    if (!(span > 0)) return null;
    for (let k = 0; k < points; k++) if ((k * step) / span >= x) return nu[k];
    return null;
  };
  const intensityAt = (x: number): number => {
    let k = 0;
    while (k < nu.length - 1 && nu[k] > x) k++;
    return g0 + k * step;
  };
  const v10 = volumeAt(0.1), v90 = volumeAt(0.9), i10 = intensityAt(0.1), i90 = intensityAt(0.9);
  return {
    'BC2M.V10': v10,
    'BC2M.V90': v90,
    'GBPN.I10': i10,
    'GBPN.I90': i90,
    DDTU: v10 !== null && v90 !== null ? v10 - v90 : null,
    CNV2: i10 - i90,
  };
}
