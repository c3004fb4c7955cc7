import { formatNumber } from './formatQuantity';
import type { ShapeMeasurement } from '../worker/measureShape';

/** One displayed number: always with its unit; `method` is shown on hover and exported. */
export interface BiomarkerRow {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  readonly method: string;
  /** Text shown instead of a number (e.g. why SUV is missing). */
  readonly note?: string;
}

const ADC_UNITS = new Set(['10^-3 mm2/s', '10^-6 mm2/s']);

/**
 * The biomarkers to show for a ROI measured on one series, by modality: CT → axes, area/volume,
 * mean HU; PET → SUVmax/mean/peak, MTV, TLG; diffusion → ADC mean/min/P10; any → mean, SD, min,
 * max, voxel count.
 */
export function biomarkerRows(m: ShapeMeasurement): BiomarkerRow[] {
  const r = m.result;
  const u = r.unit;
  const rows: BiomarkerRow[] = [];
  const add = (key: string, label: string, value: number | null | undefined, unit: string, method: string) =>
    rows.push({ key, label, value: value ?? null, unit, method });
  if (m.linesMm.length) {
    add('long', m.linesMm.length > 1 ? 'Long axis' : 'Length', m.linesMm[0], 'mm', 'RECIST 1.1 long axis as drawn (distance between the end points)');
    if (m.linesMm.length > 1) add('short', 'Short axis', m.linesMm[1], 'mm', 'RECIST 1.1 short axis as drawn (perpendicular)');
    return rows;
  }
  if (m.areaMm2 !== null) add('area', 'Area', m.areaMm2, 'mm²', 'voxel count × pixel area (voxel centres inside the contour)');
  else {
    add('volume', 'Volume', r.volumeMl, 'mL', 'voxel count × voxel volume');
    if (r.recist) {
      add('long', 'Long axis', r.recist.longMm, 'mm', 'RECIST 1.1 longest axial diameter of the segmentation (voxel centres)');
      add('short', 'Short axis', r.recist.shortMm, 'mm', 'RECIST 1.1 longest perpendicular diameter on the same slice (voxel centres)');
    }
  }
  if (r.suv) {
    const su = r.suv.type;
    add('suvmax', 'SUVmax', r.suv.max, su, 'maximum voxel SUV in the ROI');
    add('suvmean', 'SUVmean', r.suv.mean, su, 'mean voxel SUV in the ROI');
    add('suvpeak', 'SUVpeak', r.suv.peak, su, 'IBSI 1 cm³ sphere (global intensity peak, radius 6.2035 mm)');
    add('mtv', 'MTV', r.suv.mtvMl, 'mL', 'metabolic tumour volume: voxel count × voxel volume of the ROI');
    add('tlg', 'TLG', r.suv.tlg, `${su}·mL`, 'SUVmean × MTV');
  } else if (r.suvError) {
    rows.push({ key: 'suv', label: 'SUV', value: null, unit: 'SUVbw', method: 'SUVbw (body weight)', note: `not computable: ${r.suvError}` });
  }
  if (ADC_UNITS.has(u)) {
    add('adcmean', 'ADC mean', r.mean, u, `mean of the ADC map (${r.adc?.fit ?? 'scanner map'}${r.adc ? `, b = ${r.adc.bValues.join(', ')} s/mm²` : ''})`);
    add('adcmin', 'ADC min', r.min, u, 'minimum voxel ADC');
    add('adcp10', 'ADC P10', r.p10, u, '10th percentile (numpy linear interpolation)');
  }
  const meanLabel = u === 'HU' ? 'Mean HU' : 'Mean';
  if (!ADC_UNITS.has(u)) add('mean', meanLabel, r.mean, u, 'mean voxel value');
  add('sd', 'SD', r.sd, u, 'population standard deviation');
  add('min', 'Min', r.min, u, 'minimum voxel value');
  add('max', 'Max', r.max, u, 'maximum voxel value');
  add('count', 'Voxels', r.voxelCount, 'count', 'voxels whose centre lies in the ROI');
  return rows;
}

/** A number for display, rounded for its unit (formatQuantity's rule; the value itself keeps full precision). */
export function formatValue(v: number | null, unit?: string): string {
  return formatNumber(v, unit);
}
