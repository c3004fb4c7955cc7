import type { BurdenLesion, BurdenTotals } from '@caliper/engine';
import { computeDmax } from '@caliper/engine/burden/computeDmax';
import { computeSdmax } from '@caliper/engine/burden/computeSdmax';

/**
 * Totals over the lesions the reader kept (issue 14 step 6): TMTV (mL) and TLG (SUVbw·mL) as sums,
 * Dmax (mm) over the kept centroids (Cottereau 2020), SDmax (m⁻¹) = Dmax / 1000 / BSA (Du Bois m²).
 */
export function burdenTotals(lesions: readonly BurdenLesion[], bsaM2: number | null): BurdenTotals {
  let tmtvMl = 0, tlg = 0;
  for (const l of lesions) {
    tmtvMl += l.volumeMl;
    tlg += l.tlg;
  }
  const dmaxMm = computeDmax(lesions.map((l) => l.centroidMm)).dmaxMm;
  return { lesionCount: lesions.length, tmtvMl, tlg, dmaxMm, sdmaxPerM: computeSdmax(dmaxMm, bsaM2) };
}
