import type { CriteriaName } from '@caliper/response';
import type { Quantity } from './types';

const RECIST = { decreasePct: -30, increasePct: 20 } as const;

/**
 * The quantity each criterion sums (the key of `ResponseResult.timepoints[]`) and its % lines:
 * RECIST 1.1 / iRECIST / mRECIST −30/+20; Choi size −10/+10; volumetric −65/+73 (0.7³, 1.2³);
 * PERCIST −30/+30 (SULpeak); RECIP 1.0 −30/+20 (PSMA TV); Lugano has none (Deauville).
 */
export function quantityOf(criteria: CriteriaName): Quantity {
  switch (criteria) {
    case 'recist1.1':
    case 'irecist':
      return { key: 'sumMm', label: 'Sum of diameters', unit: 'mm', thresholds: RECIST };
    case 'mrecist':
      return { key: 'sumMm', label: 'Sum of viable diameters', unit: 'mm', thresholds: RECIST };
    case 'choi':
      return { key: 'sumMm', label: 'Sum of diameters', unit: 'mm', thresholds: { decreasePct: -10, increasePct: 10 } };
    case 'volumetric':
      return { key: 'sumMl', label: 'Sum of volumes', unit: 'mL', thresholds: { decreasePct: -65, increasePct: 73 } };
    case 'percist1.0':
      return { key: 'sulPeak', label: 'SULpeak (hottest lesion)', unit: 'SUL', thresholds: { decreasePct: -30, increasePct: 30 } };
    case 'lugano':
      return { key: 'suvMax', label: 'SUVmax', unit: 'SUVbw', thresholds: null };
    case 'recip1.0':
      return { key: 'psmaTvMl', label: 'PSMA tumour volume', unit: 'mL', thresholds: RECIST };
  }
}
