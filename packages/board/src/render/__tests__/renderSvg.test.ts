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
