import { describe, expect, it } from 'vitest';
import { jumpTargets } from '../jumpTargets';

const mpr = [
  { id: 'mpr-axial', series: ['CT'] },
  { id: 'mpr-sagittal', series: ['CT'] },
  { id: 'mpr-coronal', series: ['CT'] },
];
const fusion = [
  { id: 'fusion-ct', series: ['CT'] },
  { id: 'fusion-fused', series: ['CT', 'PET'] },
  { id: 'fusion-mip', series: ['PET'], projection: true },
];

describe('jumpTargets', () => {
  it('MPR: the drawing view first, then the two other planes of the same series', () => {
    expect(jumpTargets({ viewportId: 'mpr-sagittal', seriesUIDs: ['CT'] }, mpr, 'mpr-axial')).toEqual(['mpr-sagittal', 'mpr-axial', 'mpr-coronal']);
  });
  it('a lesion of another series moves nothing but the active view', () => {
    expect(jumpTargets({ viewportId: 'vp-0', seriesUIDs: ['MR'] }, mpr, 'mpr-coronal')).toEqual(['mpr-coronal']);
  });
  it('drawn in MPR, now in a 1×2 stack layout: the stacks showing its series', () => {
    const stacks = [{ id: 'vp-0', series: ['PET'] }, { id: 'vp-1', series: ['CT'] }];
    expect(jumpTargets({ viewportId: 'mpr-coronal', seriesUIDs: ['CT'] }, stacks, 'vp-0')).toEqual(['vp-1']);
  });
  it('fusion: a PET/CT lesion moves the CT and fused views, never the MIP', () => {
    expect(jumpTargets({ viewportId: 'fusion-fused', seriesUIDs: ['CT', 'PET'] }, fusion, 'fusion-mip')).toEqual(['fusion-fused', 'fusion-ct']);
    expect(jumpTargets({ seriesUIDs: ['MR'] }, fusion, 'fusion-mip')).toEqual([]);
  });
});
