import { describe, expect, it } from 'vitest';
import { viewportsFor } from '../ids';
import { viewportCount } from '../../features/layout/layoutSlice';
import type { LayoutId } from '../../app/types';

describe('layouts', () => {
  it('each layout has as many viewports as its grid', () => {
    for (const l of ['1x1', '1x2', '1x3', '2x2', 'mpr', 'fusion', 'compare'] as LayoutId[]) expect(viewportsFor(l)).toHaveLength(viewportCount(l));
  });
  it('MPR shows axial, sagittal, coronal; PET/CT (2×2) shows CT, fused, PET alone and MIP', () => {
    expect(viewportsFor('mpr').map((v) => v.kind)).toEqual(['axial', 'sagittal', 'coronal']);
    expect(viewportsFor('fusion').map((v) => [v.kind, v.layer ?? 'ct'])).toEqual([['axial', 'ct'], ['fusion', 'ct'], ['axial', 'pet'], ['mip', 'ct']]);
  });
  it('compare shows two stacks: prior then current', () => {
    expect(viewportsFor('compare').map((v) => [v.kind, v.label])).toEqual([['stack', 'Prior'], ['stack', 'Current']]);
  });
});
