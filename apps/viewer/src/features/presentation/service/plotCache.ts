import type { PlotSpec } from '@caliper/board';
import { renderSvg } from '@caliper/board';

/** Rendered plot SVG by spec (JSON): Vega's parse + render costs 100–400 ms a plot on a slow machine. */
const cache = new Map<string, { svg?: string; promise: Promise<string> }>();
const LIMIT = 48;

const keyOf = (spec: PlotSpec): string => JSON.stringify(spec);

/** The SVG of a spec if already rendered (synchronous: lets a remount show it in its first frame). */
export function cachedSvg(spec: PlotSpec): string | undefined {
  return cache.get(keyOf(spec))?.svg;
}

/** Renders a spec to SVG once; later calls with an equal spec share the result. */
export function renderPlot(spec: PlotSpec): Promise<string> {
  const key = keyOf(spec);
  const hit = cache.get(key);
  if (hit) return hit.promise;
  const entry: { svg?: string; promise: Promise<string> } = { promise: Promise.resolve('') };
  entry.promise = renderSvg(spec).then(
    (svg) => ((entry.svg = svg), svg),
    (e: unknown) => {
      cache.delete(key);
      throw e;
    },
  );
  cache.set(key, entry);
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return entry.promise;
}
