import { useEffect, useRef, useState } from 'react';
import type { PlotSpec } from '@caliper/board';
import { lastRenderer, renderPlot } from '../service/plotRenderer';
import { markRendered, markSvg } from '../service/timings';

/** The values of a spec's first data layer (what the plot draws), for tests and integrations. */
const valuesOf = (spec: PlotSpec): unknown => (spec as { layer?: { data?: { values?: unknown } }[] }).layer?.[0]?.data?.values ?? null;

/**
 * A packages/board Vega-Lite spec as SVG in the page at its natural size (as presentation mode's
 * plots), with the data it draws on the element (`data-values`, JSON) and a tooltip naming the
 * method, each mark's description as its hover tooltip. Reports when its SVG is in the page (the
 * view's timing).
 */
export function CohortPlot({ name, spec, title, plots }: { name: string; spec: PlotSpec; title: string; plots: number }) {
  const [svg, setSvg] = useState<{ spec: PlotSpec; svg: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    renderPlot(spec).then((s) => live && (markSvg(performance.now() - t0, lastRenderer), setSvg({ spec, svg: s }), setError(null)), (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [spec]);
  const current = svg?.spec === spec;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!current) return;
    // Hover tooltips: each mark's description (Vega's aria-label: patient, category, value with its unit) as an SVG <title>.
    for (const el of ref.current?.querySelectorAll('[role="graphics-symbol"][aria-label]:not([aria-roledescription="axis"]):not([aria-roledescription="legend"])') ?? []) {
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      t.textContent = el.getAttribute('aria-label');
      el.appendChild(t);
    }
    markRendered(name, plots);
  }, [current, name, plots, svg]);
  if (error) return <p className="cohort-error">The {name} plot could not be drawn: {error}</p>;
  return (
    <figure ref={ref} className="cohort-plot" data-plot={`cohort-${name}`} data-values={JSON.stringify(valuesOf(spec))} data-ready={current ? 'true' : 'false'} title={title}
      dangerouslySetInnerHTML={svg ? { __html: svg.svg } : undefined} />
  );
}
