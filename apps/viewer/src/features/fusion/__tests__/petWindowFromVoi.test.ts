import { describe, expect, it } from 'vitest';
import { petWindowFromVoi } from '../petWindowFromVoi';

const pet = 'cornerstoneStreamingImageVolume:PET';
const pane = { petVolumeId: pet, petAlone: true, current: [0, 5] as const };

describe('petWindowFromVoi (a W/L drag on the PET pane moves the shared PET window)', () => {
  it('a new range on the PET-alone pane becomes the shared window', () => {
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 0.5, upper: 7.25 } }, pane)).toEqual([0.5, 7.25]);
  });
  it('ignored: the echo of the shared window, another volume, the fused pane or the MIP, no PET, empty ranges', () => {
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 0, upper: 5 } }, pane)).toBeUndefined();
    expect(petWindowFromVoi({ volumeId: 'ct', range: { lower: -160, upper: 240 } }, pane)).toBeUndefined();
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 0, upper: 10 } }, { ...pane, petAlone: false })).toBeUndefined();
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 0, upper: 10 } }, { ...pane, petVolumeId: undefined })).toBeUndefined();
    expect(petWindowFromVoi({ range: { lower: 0, upper: 10 } }, pane)).toBeUndefined();
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 3, upper: 3 } }, pane)).toBeUndefined();
    expect(petWindowFromVoi({ volumeId: pet, range: { lower: 0, upper: Number.NaN } }, pane)).toBeUndefined();
  });
});
