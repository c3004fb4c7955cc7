import { describe, expect, it } from 'vitest';
import { viewAxis, volumeSliceNumber, wheelSign } from '../sliceNumber';
import { lpsDirection, voxelIndex, type Vec3 } from '../spaces';

const identity: [Vec3, Vec3, Vec3] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
// Cornerstone's camera normals: axial −z, sagittal +x, coronal −y.
const AXIAL = lpsDirection([0, 0, -1]);
const SAGITTAL = lpsDirection([1, 0, 0]);
const CORONAL = lpsDirection([0, -1, 0]);

describe('volumeSliceNumber', () => {
  it('axial: k + 1 of the slice the focal point is in; count = slices', () => {
    expect(volumeSliceNumber(voxelIndex([10.2, 20, 74.4]), [64, 64, 150], identity, AXIAL)).toEqual({ number: 75, count: 150, axis: 2 });
  });
  it('sagittal counts along i, coronal along j', () => {
    expect(volumeSliceNumber(voxelIndex([31.6, 5, 5]), [64, 48, 150], identity, SAGITTAL)).toEqual({ number: 33, count: 64, axis: 0 });
    expect(volumeSliceNumber(voxelIndex([3, 0, 5]), [64, 48, 150], identity, CORONAL)).toEqual({ number: 1, count: 48, axis: 1 });
  });
  it('clamps a focal point just outside the volume into 1…count', () => {
    expect(volumeSliceNumber(voxelIndex([0, 0, 150.2]), [4, 4, 150], identity, AXIAL).number).toBe(150);
    expect(volumeSliceNumber(voxelIndex([0, 0, -0.7]), [4, 4, 150], identity, AXIAL).number).toBe(1);
  });
  it('a sagittal acquisition (rows along −z) viewed axially counts along its own column axis', () => {
    // IOP [0 1 0 0 0 -1]: i = +y, j = −z, k = i × j = −x.
    const axes: [Vec3, Vec3, Vec3] = [[0, 1, 0], [0, 0, -1], [-1, 0, 0]];
    expect(viewAxis(axes, AXIAL)).toBe(1);
    expect(viewAxis(axes, SAGITTAL)).toBe(2);
  });
});

describe('wheelSign', () => {
  it('inverts the axial and coronal cameras (they look along −k and −j), not the sagittal one', () => {
    expect(wheelSign(identity, AXIAL)).toBe(-1);
    expect(wheelSign(identity, CORONAL)).toBe(-1);
    expect(wheelSign(identity, SAGITTAL)).toBe(1);
  });
  it('follows the camera when it is flipped', () => {
    expect(wheelSign(identity, lpsDirection([0, 0, 1]))).toBe(1);
  });
});
