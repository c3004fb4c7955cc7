import { useEffect, useState } from 'react';
import type { PlotSpec as TopLevelSpec } from '@caliper/board';
import { cachedSvg, renderPlot } from '../service/plotCache';

/**
 * A packages/board Vega-Lite spec rendered to SVG in the DOM (at its natural size: scaling it
 * would shrink the type below the presentation minimum). The spec's data stays readable on the
 * element (`data-values`) for tests and integrations.
 */
export function PlotSvg({ name, spec }: { name: string; spec: TopLevelSpec | null }) {
  // A plot rendered before (or pre-rendered while the reader worked) shows in the first frame.
  const [svg, setSvg] = useState<string | null>(() => (spec ? cachedSvg(spec) ?? null : null));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!spec) return;
    const hit = cachedSvg(spec);
    if (hit !== undefined) return void setSvg(hit);
    renderPlot(spec).then((s) => live && (setSvg(s), setError(null)), (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [spec]);
  if (!spec) return null;
  if (error) return <p className="board-error">Plot {name} could not be drawn: {error}</p>;
  return <div className="board-plot" data-plot={name} dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />;
}
