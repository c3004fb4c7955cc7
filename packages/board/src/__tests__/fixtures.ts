import type { Timeline } from '@caliper/response';

/**
 * Two RECIST targets: T1 30 → 20 → 24 mm, T2 20 → 15 → 18 mm. Sums 50 → 35 (−30.0 %, PR) → 42
 * (+20.0 % and +7 mm vs the 35 mm nadir, PD). Hand-computed lesion changes: T1 −33.3 % then
 * −20.0 %, T2 −25.0 % then −10.0 %.
 */
export const TWO_TARGETS: Timeline = {
  timepoints: [
    { date: '2025-01-06', lesions: [
      { id: 'T1', role: 'target', organ: 'liver', nodal: false, status: 'measured', longMm: 30, shortMm: 20, volumeMl: 9.5, adcMean: 1.1 } as Timeline['timepoints'][number]['lesions'][number],
      { id: 'T2', role: 'target', organ: 'lung', nodal: false, status: 'measured', longMm: 20, shortMm: 12 },
    ] },
    { date: '2025-03-03', lesions: [
      { id: 'T1', role: 'target', organ: 'liver', nodal: false, status: 'measured', longMm: 20, shortMm: 14, volumeMl: 4 },
      { id: 'T2', role: 'target', organ: 'lung', nodal: false, status: 'measured', longMm: 15, shortMm: 10 },
    ] },
    { date: '2025-04-28', lesions: [
      { id: 'T1', role: 'target', organ: 'liver', nodal: false, status: 'measured', longMm: 24, shortMm: 16, volumeMl: 6.25 },
      { id: 'T2', role: 'target', organ: 'lung', nodal: false, status: 'measured', longMm: 18, shortMm: 11 },
    ] },
  ],
};
