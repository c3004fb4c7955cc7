import { describe, expect, it } from 'vitest';
import type { PlotSpec } from '@caliper/board';
import { cachedSvg, renderPlot } from '../plotCache';

const spec = (n: number): PlotSpec => ({ data: { values: [{ x: 1, y: n }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } });

describe('plotCache', () => {
  it('renders an equal spec once and serves it synchronously afterwards', async () => {
    expect(cachedSvg(spec(1))).toBeUndefined();
    const a = renderPlot(spec(1));
    expect(renderPlot(spec(1))).toBe(a);
    const svg = await a;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(cachedSvg(spec(1))).toBe(svg);
    expect(cachedSvg(spec(2))).toBeUndefined();
  });
});
