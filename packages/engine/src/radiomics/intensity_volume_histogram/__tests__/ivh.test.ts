import { describe, expect, it } from 'vitest';
import { computeIvhFeatures } from '../computeIvhFeatures';

describe('intensity-volume histogram (IBSI P88C)', () => {
  // IBSI's digital phantom table: values 1 (50×), 3, 4 (16×), 6 (7×); G = [1, 6]
  const phantom = [...Array(50).fill(1), 3, ...Array(16).fill(4), ...Array(7).fill(6)];
  it('calibrated discrete values, no range: the IBSI example', () => {
    const f = computeIvhFeatures(phantom, { method: 'none' }, [null, null]);
    expect(f).toEqual({
      'BC2M.V10': expect.closeTo(24 / 74, 14), 'BC2M.V90': expect.closeTo(7 / 74, 14), 'GBPN.I10': 5, 'GBPN.I90': 2, DDTU: expect.closeTo(17 / 74, 14), CNV2: 3,
    });
  });
  it('the re-segmentation range sets G: intensities absent from the ROI still count', () => {
    // G = [0, 10]: V10 at i = 1 (all voxels ≥ 1), V90 at i = 9 (none)
    const f = computeIvhFeatures(phantom, { method: 'none' }, [0, 10]);
    expect([f['BC2M.V10'], f['BC2M.V90']]).toEqual([1, 0]);
  });
  it('FBS: bin centres, G = [min + w/2, max − w/2]', () => {
    // w = 2 over [0, 10]: 1 → bin 1 (centre 1), 3 → bin 2 (3), 4 → bin 3 (5), 6 → bin 4 (7)
    const f = computeIvhFeatures(phantom, { method: 'FBS', binWidth: 2 }, [0, 10]);
    expect(f['GBPN.I10']).toBe(7);
    expect(f['GBPN.I90']).toBe(3);
  });
  it('FBN: bin numbers over the ROI min–max', () => {
    const f = computeIvhFeatures([0, 10], { method: 'FBN', bins: 10 }, [-100, 100]);
    expect([f['GBPN.I10'], f['GBPN.I90'], f['BC2M.V10'], f['BC2M.V90']]).toEqual([11, 2, 0.5, 0.5]);
  });
});
