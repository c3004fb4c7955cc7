import { describe, expect, it } from 'vitest';
import { MAP_COLORMAP_NODES, mapCssGradient, mapRgbPoints, mapTicks } from '../mapColormap';

describe('DCE map colour map', () => {
  it('starts black (unfitted voxels) and ends dark red, positions rising from 0 to 1', () => {
    expect(MAP_COLORMAP_NODES[0]).toEqual([0, 0, 0, 0]);
    expect(MAP_COLORMAP_NODES.at(-1)).toEqual([1, 0.5, 0, 0]);
    const xs = MAP_COLORMAP_NODES.map((n) => n[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
  it('RGB points span the window, the CSS gradient the bar', () => {
    const p = mapRgbPoints(0, 2);
    expect(p.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(p.slice(-4)).toEqual([2, 0.5, 0, 0]);
    expect(mapCssGradient()).toMatch(/^linear-gradient\(to top, rgb\(0 0 0\) 0\.0%, .*rgb\(128 0 0\) 100\.0%\)$/);
  });
  it('ticks: five values with decimals fit to the range', () => {
    expect(mapTicks(0, 1)).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(mapTicks(0, 0.2)).toEqual(['0.000', '0.050', '0.100', '0.150', '0.200']);
    expect(mapTicks(0, 120)).toEqual(['0', '30', '60', '90', '120']);
  });
});
