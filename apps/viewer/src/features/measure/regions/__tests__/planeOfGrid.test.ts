import { describe, expect, it } from 'vitest';
import { grid } from '../../worker/__tests__/fixtures';
import { planeOfGrid } from '../planeOfGrid';

describe('planeOfGrid', () => {
  const g = grid([10, 20, 30], [1, 2, 4]);
  it('the axis a view looks along and the nearest slice there', () => {
    expect(planeOfGrid(g, [0, 0, 1], [3, 3, 8.9])).toEqual({ axis: 2, index: 2 });
    expect(planeOfGrid(g, [0, 0, -1], [3, 3, 10.1])).toEqual({ axis: 2, index: 3 });
    expect(planeOfGrid(g, [0, -1, 0], [0, 7, 0])).toEqual({ axis: 1, index: 4 });
    expect(planeOfGrid(g, [1, 0, 0], [9, 0, 0])).toEqual({ axis: 0, index: 9 });
  });
  it('oblique views and planes outside the grid have none', () => {
    expect(planeOfGrid(g, [0, 0.2, 1], [0, 0, 0])).toBeNull();
    expect(planeOfGrid(g, [0, 0, 1], [0, 0, -4])).toBeNull();
    expect(planeOfGrid(g, [0, 0, 1], [0, 0, 120])).toBeNull();
    expect(planeOfGrid(g, [0, 0, 0], [0, 0, 0])).toBeNull();
  });
});
