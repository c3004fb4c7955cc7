import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { stackVfaImages, type VfaImage } from '../stackVfaImages';

const geometry = { dimensions: [4, 3, 2] as const, origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0] as const, columnDirection: [0, 1, 0] as const, sliceDirection: [0, 0, 1] as const, spacing: [1, 1, 5] as const };
const img = (fa: number, k: number, extra: Partial<VfaImage> = {}): VfaImage => ({ imageId: `fa${fa}k${k}`, flipAngleDeg: fa, trMs: 4, position: [0, 0, 5 * k], rows: 3, columns: 4, ...extra });

describe('stackVfaImages', () => {
  it('one stack per flip angle, ascending, in the map grid slice order', () => {
    const s = stackVfaImages([img(15, 1), img(2, 0), img(15, 0), img(2, 1)], geometry);
    expect(s).toEqual({ flipAnglesDeg: [2, 15], trMs: 4, imageIds: [['fa2k0', 'fa2k1'], ['fa15k0', 'fa15k1']] });
  });
  it("names what is wrong in the contract's words", () => {
    expect(() => stackVfaImages([img(2, 0), img(2, 1)], geometry)).toThrow('VFA needs at least 2 flip angles (found 1)');
    expect(() => stackVfaImages([img(2, 0, { trMs: undefined }), img(5, 0, { trMs: undefined })], geometry)).toThrow('RepetitionTime (0018,0080) missing');
    expect(() => stackVfaImages([img(2, 0), img(2, 1), img(5, 0, { rows: 6 }), img(5, 1)], geometry)).toThrow('VFA grid differs: 4×6 images, the dynamic series 4×3');
    expect(() => stackVfaImages([img(2, 0), img(2, 1), img(5, 0)], geometry)).toThrow('VFA grid differs: at 5° no image at slice 2 of 2');
  });
});
