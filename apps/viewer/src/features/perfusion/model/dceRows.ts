import type { DceRoiReply } from '../../measure/worker/createDceApi';

/** One number of the DCE panel: value text, unit, and the method on hover. */
export interface DceRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly title: string;
}

const MODEL = { tofts: 'Tofts', etofts: 'extended Tofts', patlak: 'Patlak' } as const;
const f = (x: number | null | undefined, digits: number): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));

/**
 * The rows of a ROI's DCE result, as `caliper dce --roi` defines them (ROI-mean fit, unweighted least
 * squares over all phases; curve parameters from the ROI-mean curve). A parameter the model lacks is '—'.
 */
export function dceRows(r: DceRoiReply): DceRow[] {
  const fit = `${MODEL[r.model]} fit to the ROI-mean concentration (${r.convertedCount} of ${r.voxelCount} voxels converted), unweighted least squares over all ${r.timesS.length} phases${r.model === 'patlak' ? ' (linear)' : ' (Levenberg–Marquardt)'}`;
  const c = r.curve;
  const bat = `bolus arrival ${r.bolusArrivalS.toFixed(1)} s (${r.bolusArrivalMethod})`;
  return [
    { key: 'ktrans', label: 'Ktrans', value: f(r.ktransPerMin, 3), unit: '/min', title: `Volume transfer constant. ${fit}` },
    { key: 'kep', label: 'kep', value: f(r.kepPerMin, 3), unit: '/min', title: `Rate constant EES → plasma, kep = Ktrans/ve. ${fit}` },
    { key: 've', label: 've', value: f(r.ve, 3), unit: '', title: `Extravascular extracellular volume fraction (no unit). ${fit}` },
    { key: 'vp', label: 'vp', value: f(r.vp, 3), unit: '', title: `Plasma volume fraction (no unit). ${fit}` },
    { key: 'residual', label: 'Residual', value: f(r.residualMm, 4), unit: 'mM', title: 'RMS of model − ROI-mean concentration over all phases' },
    { key: 'type', label: 'Curve type', value: c.type ?? '—', unit: '', title: `Kuhl 1999, from the ROI-mean signal: late change (S_last − S_early)/S_early = ${f(c.lateChangePct, 1)} %, S_early = max over BAT < t ≤ BAT + 120 s; > +10 % I (persistent), < −10 % III (wash-out), else II (plateau)` },
    { key: 'ttp', label: 'TTP', value: f(c.ttpS, 1), unit: 's', title: `Time to peak: first maximum of the ROI-mean concentration − ${bat}` },
    { key: 'iaugc60', label: 'IAUGC60', value: f(c.iaugc60MmS, 2), unit: 'mM·s', title: `∫ C dt over [BAT, BAT + 60 s], concentration linear between phases; ${bat}` },
    { key: 'iaugc90', label: 'IAUGC90', value: f(c.iaugc90MmS, 2), unit: 'mM·s', title: `∫ C dt over [BAT, BAT + 90 s]; ${bat}` },
    { key: 'washIn', label: 'Wash-in', value: f(c.washInMmPerMin, 2), unit: 'mM/min', title: 'Largest concentration slope between consecutive phases' },
    { key: 'washOut', label: 'Wash-out', value: f(c.washOutMmPerMin, 3), unit: 'mM/min', title: 'Concentration slope from the peak to the last phase' },
    { key: 'bat', label: 'Bolus arrival', value: f(r.bolusArrivalS, 1), unit: 's', title: `After the first phase: t = 0 of the AIF; ${r.baselineCount} baseline phases before it. ${r.bolusArrivalMethod}` },
  ];
}
