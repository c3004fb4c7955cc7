import { View, parse } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';

/**
 * A Vega-Lite spec rendered to an SVG string with Vega's headless renderer (no DOM: works in
 * Node and in the browser). Text widths are Vega's estimate when no canvas is available.
 * Expressions are interpreted (`ast: true` + vega-interpreter), never compiled with `Function`:
 * the viewer's Content-Security-Policy has no 'unsafe-eval' (docs/security.md).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
