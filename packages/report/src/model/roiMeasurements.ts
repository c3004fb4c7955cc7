import type { MeasureResult } from '@caliper/engine';
import type { StoredMeasurement } from './schema';
import { unitSchema } from './schema';

type Unit = StoredMeasurement['unit'];
const ADC = new Set(['10^-3 mm2/s', '10^-6 mm2/s']);
const SUV = new Set(['SUVbw', 'SUL', 'SUVbsa']);

const isUnit = (u: string): u is Unit => unitSchema.safeParse(u).success;

/** Canonical name of a statistic in a unit, as the SR coder reads it ('SUVmax', 'ADC mean', 'Mean'). */
export function statisticName(stat: 'mean' | 'SD' | 'min' | 'max' | 'peak', unit: string): string {
  if (unit === 'SUL') return `SUL${stat}`;
  if (SUV.has(unit)) return `SUV${stat}`;
  if (ADC.has(unit)) return `ADC ${stat}`;
  return stat === 'SD' ? 'SD' : stat[0].toUpperCase() + stat.slice(1);
}

/** Collects measurements, leaving out non-finite values, units the reading lacks and repeats. */
export function measurementList(): { readonly out: StoredMeasurement[]; add(name: string, value: number | null | undefined, unit: string, method?: string): void } {
  const out: StoredMeasurement[] = [];
  return {
    out,
    add(name, value, unit, method) {
      if (value === null || value === undefined || !Number.isFinite(value) || !isUnit(unit)) return;
      if (out.some((x) => x.name === name && x.unit === unit)) return;
      out.push({ name, value, unit, ...(method ? { method } : {}) });
    },
  };
}

export interface RoiMeasurementsOptions {
  /** A planar ROI's area (mm²): reported as Area instead of volume and RECIST. */
  readonly areaMm2?: number | null;
}

/**
 * The values of one measured ROI (the engine's `measureRoi` result, what `caliper measure` prints)
 * as a reading stores them: volume (or area), RECIST on the segmentation, SUV statistics with MTV
 * and TLG, intensity statistics in the series' unit, ADC P10, voxel count. Names are the SR
 * coder's canonical names; values whose unit the reading lacks are left out.
 */
export function roiMeasurements(r: MeasureResult, options: RoiMeasurementsOptions = {}): StoredMeasurement[] {
  const { out, add } = measurementList();
  if (options.areaMm2 !== undefined && options.areaMm2 !== null) add('Area', options.areaMm2, 'mm2', 'voxel count × pixel area');
  else {
    add('Volume', r.volumeMl, 'mL', 'voxel count × voxel volume');
    if (r.recist) {
      add('Long axis', r.recist.longMm, 'mm', 'RECIST 1.1 on the segmentation');
      add('Short axis', r.recist.shortMm, 'mm', 'RECIST 1.1 on the segmentation');
    }
  }
  if (r.suv) {
    const t = r.suv.type;
    add(statisticName('max', t), r.suv.max, t);
    add(statisticName('mean', t), r.suv.mean, t);
    add(statisticName('peak', t), r.suv.peak, t, 'IBSI 1 cm³ sphere');
    add('MTV', r.suv.mtvMl, 'mL');
    add('TLG', r.suv.tlg, `${t}·mL`);
  }
  const u = r.unit;
  add(statisticName('mean', u), r.mean, u);
  add(statisticName('SD', u), r.sd, u);
  add(statisticName('min', u), r.min, u);
  add(statisticName('max', u), r.max, u);
  if (ADC.has(u)) add('ADC P10', r.p10, u, '10th percentile');
  add('Voxel count', r.voxelCount, 'count');
  return out;
}
