import { describe, expect, it } from 'vitest';
import { bytesPerVoxel, sliceDataType } from '../sliceDataType';

const base = { bitsAllocated: 16, bitsStored: 16, pixelRepresentation: 1 as const };

describe('sliceDataType', () => {
  it('keeps signed 16-bit CT with an integer rescale in Int16', () => {
    expect(sliceDataType({ ...base, rescales: [[1, 0], [1, 0]] })).toBe('Int16Array');
    // 12 stored bits unsigned, intercept −1024: −1024..3071 fits Int16.
    expect(sliceDataType({ ...base, bitsStored: 12, pixelRepresentation: 0, rescales: [[1, -1024]] })).toBe('Int16Array');
  });
  it('widens to Float32 when the rescaled range leaves every 16-bit integer type', () => {
    // 16 stored bits unsigned, intercept −1024: −1024..64511 fits neither Int16 nor Uint16.
    expect(sliceDataType({ ...base, pixelRepresentation: 0, rescales: [[1, -1024]] })).toBe('Float32Array');
    expect(sliceDataType({ ...base, rescales: [[2, 0]] })).toBe('Float32Array');
  });
  it('uses Uint16 for unsigned data without a negative intercept, Uint8 for 8-bit', () => {
    expect(sliceDataType({ ...base, pixelRepresentation: 0, rescales: [[1, 0]] })).toBe('Uint16Array');
    expect(sliceDataType({ bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0, rescales: [[1, 0]] })).toBe('Uint8Array');
  });
  it('goes Float32 for a fractional slope, a factor (SUV) or float pixel data', () => {
    expect(sliceDataType({ ...base, rescales: [[1, 0], [0.5, 0]] })).toBe('Float32Array');
    expect(sliceDataType({ ...base, rescales: [[1, 0]], factors: [0.0012] })).toBe('Float32Array');
    expect(sliceDataType({ ...base, bitsAllocated: 32, bitsStored: 32, rescales: [[1, 0]], floatPixels: true })).toBe('Float32Array');
  });
  it('gives the bytes per voxel of each type', () => {
    expect([bytesPerVoxel('Uint8Array'), bytesPerVoxel('Int16Array'), bytesPerVoxel('Uint16Array'), bytesPerVoxel('Float32Array')]).toEqual([1, 2, 2, 4]);
  });
});
