import { describe, expect, it } from 'vitest';
import { radiomicsFeatureUnit } from '../radiomicsFeatureUnit';

describe('radiomicsFeatureUnit', () => {
  it('every reported number has a unit', () => {
    const none = { method: 'none' } as const;
    expect(['RNU0', 'C0JK', '2PR5', 'L0JK', 'QCFX', '99N0', 'VJGA', 'ECT3', 'KE2A', 'X6K6', '12CE', 'GBPN.I10', 'BC2M.V10', '8ZQL.2D:AVG', 'QCDE.3D'].map((k) => radiomicsFeatureUnit(k, 'HU', none))).toEqual(
      ['mm3', 'mm2', 'mm-1', 'mm', '1', 'HU·mm3', 'HU', '(HU)2', '1', '1', 'count', 'HU', '1', '1', '1'],
    );
    expect(radiomicsFeatureUnit('GBPN.I90', 'SUVbw', { method: 'FBN', bins: 1000 })).toBe('1');
  });
});
