import type { CriteriaName } from '@caliper/response';

export interface CriteriaInfo {
  readonly label: string;
  /** Quantity key of the result and its unit. */
  readonly key: string;
  readonly unit: string;
  readonly quantity: string;
  /** Shown on hover: the paper and what is compared. */
  readonly method: string;
}

export const CRITERIA_INFO: Record<CriteriaName, CriteriaInfo> = {
  'recist1.1': { label: 'RECIST 1.1', key: 'sumMm', unit: 'mm', quantity: 'Sum of diameters', method: 'Eisenhauer 2009: sum of target long axes (nodes: short axis); PR −30 % vs baseline, PD +20 % and +5 mm vs nadir' },
  irecist: { label: 'iRECIST', key: 'sumMm', unit: 'mm', quantity: 'Sum of diameters', method: 'Seymour 2017: RECIST 1.1 with unconfirmed (iUPD) and confirmed (iCPD) progression; new lesions as NLT/NLNT' },
  mrecist: { label: 'mRECIST (HCC)', key: 'sumMm', unit: 'mm', quantity: 'Sum of viable diameters', method: 'Lencioni 2010: diameters of the arterially enhancing (viable) tumour' },
  choi: { label: 'Choi (GIST)', key: 'sumMm', unit: 'mm', quantity: 'Sum of diameters', method: 'Choi 2007: PR size −10 % or density −15 % (mean HU); PD size +10 % without density PR' },
  volumetric: { label: 'Volumetric', key: 'sumMl', unit: 'mL', quantity: 'Sum of volumes', method: 'Sum of target volumes: PR −65 %, PD +73 % (the volumes of −30 % / +20 % diameters)' },
  'percist1.0': { label: 'PERCIST 1.0', key: 'sulPeak', unit: 'SUL', quantity: 'Hottest SULpeak', method: 'Wahl 2009 / O 2016: hottest lesion SULpeak (1 cm³); PMR −30 % and −0.8 SUL; PMD +30 % and +0.8 SUL or new lesion' },
  lugano: { label: 'Lugano (Deauville)', key: 'suvMax', unit: 'SUVbw', quantity: 'Highest SUVmax', method: 'Cheson 2014: Deauville 5-point scale; 4–5 with reduced / unchanged / increased uptake = PMR / NMR / PMD' },
  'recip1.0': { label: 'RECIP 1.0 (PSMA)', key: 'psmaTvMl', unit: 'mL', quantity: 'PSMA-TV', method: 'Gafita 2022: total PSMA tumour volume vs baseline and new lesions' },
};

export const fmt = (v: unknown, digits = 1): string => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–');
export const fmtPct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(1)} %`);
export const digitsOf = (unit: string): number => (unit === 'mm' ? 1 : 2);
