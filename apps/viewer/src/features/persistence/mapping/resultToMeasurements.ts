import type { StoredMeasurement } from '@caliper/report';
import { unitSchema } from '@caliper/report';
import type { ShapeMeasurement } from '../../measure/worker/measureShape';

type Unit = StoredMeasurement['unit'];
const ADC = new Set(['10^-3 mm2/s', '10^-6 mm2/s']);
const SUV = new Set(['SUVbw', 'SUL', 'SUVbsa']);

const isUnit = (u: string): u is Unit => unitSchema.safeParse(u).success;

/** Canonical @caliper/report name of a statistic in a unit ('SUVmax', 'ADC mean', 'Mean'). */
function statName(stat: 'mean' | 'SD' | 'min' | 'max' | 'peak', unit: string): string {
  if (unit === 'SUL') return `SUL${stat}`;
  if (SUV.has(unit)) return `SUV${stat}`;
  if (ADC.has(unit)) return `ADC ${stat}`;
  return stat === 'SD' ? 'SD' : stat[0].toUpperCase() + stat.slice(1);
}

/**
 * The values of one measured ROI as the reading stores them: names canonical for the SR coder,
 * units from the reading's unit set (values whose unit it lacks are left out), methods as shown
 * in the lesion table. The same biomarkers the panel shows for the modality.
 */
export function resultToMeasurements(m: ShapeMeasurement): StoredMeasurement[] {
  const out: StoredMeasurement[] = [];
  const add = (name: string, value: number | null | undefined, unit: string, method?: string) => {
    if (value === null || value === undefined || !Number.isFinite(value) || !isUnit(unit)) return;
    if (out.some((x) => x.name === name && x.unit === unit)) return;
    out.push({ name, value, unit, ...(method ? { method } : {}) });
  };
  if (m.linesMm.length > 0) {
    if (m.linesMm.length > 1) {
      add('Long axis', m.linesMm[0], 'mm', 'RECIST 1.1');
      add('Short axis', m.linesMm[1], 'mm', 'RECIST 1.1');
    } else add('Length', m.linesMm[0], 'mm');
    return out;
  }
  const r = m.result;
  if (m.areaMm2 !== null) add('Area', m.areaMm2, 'mm2', 'voxel count × pixel area');
  else {
    add('Volume', r.volumeMl, 'mL', 'voxel count × voxel volume');
    if (r.recist) {
      add('Long axis', r.recist.longMm, 'mm', 'RECIST 1.1 on the segmentation');
      add('Short axis', r.recist.shortMm, 'mm', 'RECIST 1.1 on the segmentation');
    }
  }
  if (r.suv) {
    const t = r.suv.type;
    add(statName('max', t), r.suv.max, t);
    add(statName('mean', t), r.suv.mean, t);
    add(statName('peak', t), r.suv.peak, t, 'IBSI 1 cm³ sphere');
    add('MTV', r.suv.mtvMl, 'mL');
    add('TLG', r.suv.tlg, `${t}·mL`);
  }
  const u = r.unit;
  add(statName('mean', u), r.mean, u);
  add(statName('SD', u), r.sd, u);
  add(statName('min', u), r.min, u);
  add(statName('max', u), r.max, u);
  if (ADC.has(u)) add('ADC P10', r.p10, u, '10th percentile');
  add('Voxel count', r.voxelCount, 'count');
  return out;
}
