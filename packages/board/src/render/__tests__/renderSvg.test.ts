import { expect, it } from 'vitest';
import { renderSvg } from '../renderSvg';

// The viewer puts this SVG into the page with innerHTML (PlotSvg, CohortPlot): a lesion or
// patient label from a DICOM file must come out as escaped text, never as markup.
it('hostile labels come out of the SVG renderer as escaped text', async () => {
  const label = '<img src=x onerror=alert(1)></style><script>window.x=1</script>&';
  const svg = await renderSvg({
    data: { values: [{ a: label, b: 1 }] },
    mark: 'bar',
    encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
  } as never);
  expect(svg).not.toContain('<img');
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('</style>');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

it('renders the board plots without compiling code (no Function/eval: the viewer CSP has no unsafe-eval)', async () => {
  const { assessResponse } = await import('@caliper/response');
  const { buildCaseSummary } = await import('../../model/buildCaseSummary');
  const { rowsFromTimeline } = await import('../../model/rowsFromTimeline');
  const { spiderSpec } = await import('../../specs/spiderSpec');
  const { waterfallSpec } = await import('../../specs/waterfallSpec');
  const { sumSpec } = await import('../../specs/sumSpec');
  const { TWO_TARGETS } = await import('../../__tests__/fixtures');
  const summary = buildCaseSummary(assessResponse(TWO_TARGETS, 'recist1.1', {}), { label: 'Case 1', rows: rowsFromTimeline(TWO_TARGETS) });
  const real = globalThis.Function;
  let calls = 0;
  const refuse = () => {
    calls++;
    throw new EvalError('Function refused (as under the CSP)');
  };
  globalThis.Function = new Proxy(real, { apply: refuse, construct: refuse });
  try {
    for (const spec of [spiderSpec(summary), waterfallSpec(summary), sumSpec(summary)]) expect((await renderSvg(spec)).startsWith('<svg')).toBe(true);
  } finally {
    globalThis.Function = real;
  }
  expect(calls).toBe(0);
});
