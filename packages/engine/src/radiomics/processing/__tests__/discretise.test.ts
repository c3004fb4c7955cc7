import { describe, expect, it } from 'vitest';
import { makeGeometry, makeMask, makeVolume } from '../../../testing/fixtures';
import { discretiseRoi } from '../discretiseRoi';
import { resegmentMask } from '../resegmentMask';

const g = makeGeometry([5, 1, 1]);
const vol = makeVolume(g, Float32Array.of(-10, 0, 7.5, 15, 40));
const all = makeMask([5, 1, 1], () => true);
const levels = (r: ReturnType<typeof discretiseRoi>) => Array.from(r.levels).filter((x) => x > 0);

describe('discretisation (IBSI 4R0B)', () => {
  it('FBN: ⌊N_g (x − min)/(max − min)⌋ + 1, the maximum in bin N_g', () => {
    const r = discretiseRoi(vol, all, all, { method: 'FBN', bins: 4 });
    // (x + 10)/50·4 = 0, 0.8, 1.4, 2, 4 → 1, 1, 2, 3, 4
    expect(levels(r)).toEqual([1, 1, 2, 3, 4]);
    expect(r.ng).toBe(4);
    expect(r.count).toBe(5);
  });
  it('FBS: ⌊(x − lowerBound)/w⌋ + 1, N_g the highest level present; lowerBound null = ROI minimum', () => {
    expect(levels(discretiseRoi(vol, all, all, { method: 'FBS', binWidth: 10, lowerBound: -20 }))).toEqual([2, 3, 3, 4, 7]);
    const r = discretiseRoi(vol, all, all, { method: 'FBS', binWidth: 10, lowerBound: null });
    expect(levels(r)).toEqual([1, 2, 2, 3, 6]);
    expect(r.ng).toBe(6);
  });
  it('the padded block keeps the morphological mask for GLDZM', () => {
    const r = discretiseRoi(vol, all, all, { method: 'FBN', bins: 2 });
    expect(r.dims).toEqual([7, 3, 3]);
    expect(Array.from(r.morphological).reduce((a, b) => a + b)).toBe(5);
  });
});

describe('re-segmentation (IBSI IF9H)', () => {
  it('range, inclusive', () => {
    const r = resegmentMask(vol, all, { range: [0, 15], outlierSigma: null });
    expect(Array.from(r.mask.data)).toEqual([0, 1, 1, 1, 0]);
    expect(r.range).toEqual([0, 15]);
  });
  it('outliers μ ± kσ of the voxels the range kept', () => {
    // after [−10, 40]: all; μ = 10.5, σ = √(1430/5) = 16.91; 1σ → [−6.41, 27.41]
    const r = resegmentMask(vol, all, { range: [-10, 40], outlierSigma: 1 });
    expect(Array.from(r.mask.data)).toEqual([0, 1, 1, 1, 0]);
    expect(r.range[0]).toBeCloseTo(10.5 - Math.sqrt(1430 / 5), 10);
  });
  it('no range and no filter: the intensity mask is the morphological mask', () => {
    expect(resegmentMask(vol, all, { range: [null, null], outlierSigma: null }).mask).toBe(all);
  });
});
