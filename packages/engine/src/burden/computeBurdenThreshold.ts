import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { BurdenMethod, ReferenceStats } from './types';

/** qPSMA liver-based factor (Gafita et al., J Nucl Med 2019). */
export const QPSMA_LIVER_FACTOR = 4.3;

/**
 * The inclusive SUVbw threshold of a burden method (issue 14 step 3); `liver` = the liver
 * sphere's SUVbw mean m and population SD sd:
 *  suv2.5 / suv4 / psma-suv3: 2.5 / 4.0 / 3.0; pct41: 2.5 (the candidate threshold);
 *  percist: 1.5 m + 2 sd (PERCIST 1.0: 1.5 × SULmean + 2 × SULsd, the same voxels in SUVbw);
 *  psma-liver: (4.30 / m) × (m + sd).
 */
export function computeBurdenThreshold(method: BurdenMethod, liver: Pick<ReferenceStats, 'mean' | 'sd'> | null): Result<number, string> {
  switch (method) {
    case 'suv2.5':
    case 'pct41':
      return ok(2.5);
    case 'suv4':
      return ok(4);
    case 'psma-suv3':
      return ok(3);
    case 'percist':
    case 'psma-liver':
      if (!liver) return err(`${method} needs a liver reference (the liver sphere)`);
      if (!(liver.mean > 0)) return err(`liver reference mean ${liver.mean} is not positive`);
      return ok(method === 'percist' ? 1.5 * liver.mean + 2 * liver.sd : (QPSMA_LIVER_FACTOR / liver.mean) * (liver.mean + liver.sd));
  }
}
