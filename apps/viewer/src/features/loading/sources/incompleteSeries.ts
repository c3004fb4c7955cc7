import type { LoadError } from '../../../app/types';

/**
 * A WADO-RS series retrieve that brought fewer instances than the server's QIDO-RS listing
 * (Number of Series Related Instances, 0020,1209) said: the response was cut short or the server
 * stopped sending. Named, so a partial series is never taken for the whole one. Instances that
 * failed to parse are already reported on their own and count as received here.
 */
export function incompleteSeries(resource: string, expected: number | undefined, received: number): LoadError | null {
  if (expected === undefined || !Number.isFinite(expected) || received >= expected) return null;
  return {
    source: resource,
    reason: `WADO-RS series retrieve incomplete: ${received} of ${expected} instances arrived (the response was cut short or the server stopped sending); the series is shown with what arrived, reload it to get the rest`,
  };
}
