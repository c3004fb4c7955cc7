import type { StoredMeasurement } from '@caliper/report';
import { measurementList, roiMeasurements } from '@caliper/report';
import type { ShapeMeasurement } from '../../measure/worker/measureShape';

/**
 * The values of one measured ROI as the reading stores them: a drawn line's length(s) as drawn,
 * else the ROI's values (`roiMeasurements`: names canonical for the SR coder, units from the
 * reading's unit set). The same biomarkers the panel shows for the modality.
 */
export function resultToMeasurements(m: ShapeMeasurement): StoredMeasurement[] {
  if (m.linesMm.length > 0) {
    const { out, add } = measurementList();
    if (m.linesMm.length > 1) {
      add('Long axis', m.linesMm[0], 'mm', 'RECIST 1.1');
      add('Short axis', m.linesMm[1], 'mm', 'RECIST 1.1');
    } else add('Length', m.linesMm[0], 'mm');
    return out;
  }
  return roiMeasurements(m.result, { areaMm2: m.areaMm2 });
}
