import { describe, expect, it } from 'vitest';
import { RADIOMICS_PRESETS } from '../radiomicsSettings';
import { resolveRadiomicsSettings } from '../resolveRadiomicsSettings';

describe('radiomics settings', () => {
  it('a preset printed back resolves to itself', () => {
    for (const p of Object.values(RADIOMICS_PRESETS)) expect(resolveRadiomicsSettings(JSON.parse(JSON.stringify(p)), 'x')).toEqual({ ok: true, value: p });
  });
  it('every key optional: defaults are preset A, the name the file name; FBS lower bound from the range', () => {
    const r = resolveRadiomicsSettings({ approach: '3D', resegmentation: { range: [-100, null] }, discretisation: { method: 'FBS', binWidth: 10 } }, 'mine');
    expect(r).toEqual({
      ok: true,
      value: { ...RADIOMICS_PRESETS.A, name: 'mine', approach: '3D', resegmentation: { range: [-100, null], outlierSigma: null }, discretisation: { method: 'FBS', binWidth: 10, lowerBound: -100 } },
    });
  });
  it.each([
    [{ discretisation: { method: 'FBX' } }, 'invalid settings: discretisation.method must be FBN or FBS'],
    [{ discretisation: { method: 'FBN' } }, 'invalid settings: discretisation.bins must be a positive integer'],
    [{ approach: '4D' }, 'invalid settings: approach must be 2D or 3D'],
    [{ interpolation: { spacingMm: [2, 2] } }, 'invalid settings: interpolation.spacingMm must be [row, column, slice|null] in mm'],
    [{ interpolation: { spacingMm: [2, 2, 2], method: 'sinc' } }, 'invalid settings: interpolation.method must be nearest, linear or cubic'],
    [{ resegmentation: { range: [400, -500] } }, 'invalid settings: resegmentation.range must have lower ≤ upper'],
    [{ ivh: { method: 'FBS' } }, 'invalid settings: ivh.binWidth must be a positive number'],
    [{ colour: 'red' }, 'invalid settings: colour is not a setting (expected name, approach, interpolation, resegmentation, discretisation, ivh)'],
    [[1, 2], 'invalid settings: (root) must be a JSON object'],
  ])('%j → %s', (json, error) => {
    expect(resolveRadiomicsSettings(json, 'x')).toEqual({ ok: false, error });
  });
});
