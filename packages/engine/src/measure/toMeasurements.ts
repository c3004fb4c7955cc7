import type { Measurement } from '@caliper/core';
import { measurement, tlgUnit } from '@caliper/core';
import type { IntensityUnit } from '@caliper/core';
import type { MeasureResult } from './measureRoi';

/** The numbers of a MeasureResult as unit-carrying Measurements (for display and reports); null fields are skipped. */
export function toMeasurements(r: MeasureResult): Measurement[] {
  const u = r.unit as IntensityUnit;
  const out: Measurement[] = [measurement('voxelCount', r.voxelCount, 'count'), measurement('volume', r.volumeMl, 'mL', 'voxel count × voxel volume')];
  const add = (name: string, v: number | null | undefined, unit: Measurement['unit'], method?: string): void => {
    if (v !== null && v !== undefined) out.push(measurement(name, v, unit, method));
  };
  add('mean', r.mean, u);
  add('sd', r.sd, u, 'population SD');
  add('min', r.min, u);
  add('max', r.max, u);
  add('median', r.median, u, 'numpy linear');
  add('p10', r.p10, u, 'numpy linear');
  add('p90', r.p90, u, 'numpy linear');
  add('recistLong', r.recist?.longMm, 'mm', 'RECIST 1.1 long axis (voxel centres)');
  add('recistShort', r.recist?.shortMm, 'mm', 'RECIST 1.1 short axis (voxel centres)');
  add('maxDiameter3d', r.maxDiameter3dMm, 'mm', 'IBSI L0JK');
  add('surface', r.surfaceMm2, 'mm2', 'IBSI C0JK marching cubes');
  add('sphericity', r.sphericity, '1', 'IBSI QCFX');
  if (r.suv) {
    add('SUVmax', r.suv.max, r.suv.type);
    add('SUVmean', r.suv.mean, r.suv.type);
    add('SUVpeak', r.suv.peak, r.suv.type, 'IBSI 0F91 (1 cm³ sphere)');
    add('MTV', r.suv.mtvMl, 'mL');
    if (r.suv.type !== 'SUVbsa') add('TLG', r.suv.tlg, tlgUnit(r.suv.type), 'SUVmean × MTV');
  }
  return out;
}
