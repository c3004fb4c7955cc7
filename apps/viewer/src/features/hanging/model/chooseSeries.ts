import type { SeriesRule } from './schema';
import type { SeriesFacts } from './seriesFacts';
import { matchesSeriesRule } from './matchesSeriesRule';

/**
 * The series a viewport rule picks among `pool`: one not yet shown by the protocol first, then
 * the most b-values (diffusion), then stored before derived, the most images, the lowest series
 * number. Undefined when none matches.
 */
export function chooseSeries(rule: SeriesRule, pool: readonly SeriesFacts[], used: ReadonlySet<string> = new Set()): SeriesFacts | undefined {
  return pool
    .filter((s) => matchesSeriesRule(rule, s))
    .sort(
      (a, b) =>
        Number(used.has(a.seriesInstanceUID)) - Number(used.has(b.seriesInstanceUID)) ||
        (b.bValues?.length ?? 0) - (a.bValues?.length ?? 0) ||
        Number(a.derived) - Number(b.derived) ||
        b.instanceCount - a.instanceCount ||
        (a.seriesNumber ?? 1e9) - (b.seriesNumber ?? 1e9),
    )[0];
}
