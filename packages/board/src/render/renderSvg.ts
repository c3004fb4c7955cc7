import { View, parse } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';

/**
 * A Vega-Lite spec rendered to an SVG string with Vega's headless renderer (no DOM: works in
 * Node and in the browser). Text widths are Vega's estimate when no canvas is available.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
