import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { buildMapSetup } from '../buildMapSetup';
import { checkMapOptions, DEFAULT_MAP_OPTIONS, optionsFromDceSettings } from '../mapOptions';
import { mapParametersOf, mapSeriesUid, mapWindow } from '../mapParameters';
import { pickSliceImages } from '../pickSliceImages';

describe('mapParametersOf', () => {
  it('lists the maps each model gives, with their units', () => {
    expect(mapParametersOf('etofts').map((p) => `${p.name} ${p.unit}`)).toEqual(['Ktrans /min', 'kep /min', 've 1', 'vp 1', 'IAUGC60 mM·s', 'residual mM']);
    expect(mapParametersOf('tofts').map((p) => p.name)).not.toContain('vp');
    expect(mapParametersOf('patlak').map((p) => p.name)).toEqual(['Ktrans', 'vp', 'IAUGC60', 'residual']);
  });
  it('gives each map a stable, valid series UID', () => {
    expect(mapSeriesUid('1.2.3', 'ktrans')).toBe('1.2.3.861');
    expect(mapSeriesUid('1.2.3', 'residual')).toBe('1.2.3.866');
    const long = `1.${'2'.repeat(61)}`;
    expect(mapSeriesUid(long, 've')).toMatch(/^2\.25\.[1-9][0-9]*$/);
    expect(mapSeriesUid(long, 've')).not.toBe(mapSeriesUid(long, 'vp'));
  });
});

describe('mapWindow', () => {
  it('is 0 to the 99th percentile of the fitted positive values', () => {
    const values = Float32Array.from({ length: 200 }, (_, q) => q / 100);
    values[199] = 1000;
    const fitted = new Uint8Array(200).fill(1);
    fitted[100] = 0;
    expect(mapWindow(values, fitted)).toEqual({ lower: 0, upper: expect.closeTo(1.98, 5) });
    expect(mapWindow(new Float32Array(3), new Uint8Array(3))).toEqual({ lower: 0, upper: 1 });
  });
});

describe('checkMapOptions', () => {
  it('accepts the defaults and names each bad value', () => {
    expect(checkMapOptions(DEFAULT_MAP_OPTIONS, 200)).toEqual([]);
    expect(checkMapOptions({ ...DEFAULT_MAP_OPTIONS, t10Ms: NaN, vfaSeriesUID: 'vfa' }, 200)).toEqual([]);
    expect(checkMapOptions({ ...DEFAULT_MAP_OPTIONS, t10Ms: 0, hematocrit: 1, bolusArrivalS: 250 }, 200)).toEqual([
      'T10 must be between 0 and 10 000 ms', 'Hct must be in [0, 1)', 'bolus arrival must be after the first phase and before the last (200.0 s)',
    ]);
  });
});

describe('buildMapSetup', () => {
  const phases = Array.from({ length: 10 }, (_, q) => Float32Array.of(100, q < 3 ? 100 : 180));
  const input = { phases, timesS: Array.from({ length: 10 }, (_, q) => q * 10), flipAngleDeg: 15, trMs: 4 };
  it('baseline = phases before the given arrival; AIF from the first phase to the last', () => {
    const s = buildMapSetup(input, { ...DEFAULT_MAP_OPTIONS, bolusArrivalS: 25 });
    expect(s.baselineCount).toBe(3);
    expect(s.aif.timesMin[0]).toBe(0);
    expect(s.aif.timesMin.at(-1)).toBeGreaterThanOrEqual(90 / 60 - 1e-9);
    expect([s.model, s.method, s.t10Ms]).toEqual(['etofts', 'lm', 1000]);
  });
  it('names what is missing', () => {
    expect(() => buildMapSetup({ ...input, trMs: 0 }, DEFAULT_MAP_OPTIONS)).toThrow('RepetitionTime (0018,0080) missing');
    expect(() => buildMapSetup({ ...input, flipAngleDeg: NaN }, DEFAULT_MAP_OPTIONS)).toThrow('FlipAngle (0018,1314) missing');
    expect(() => buildMapSetup({ ...input, phases: phases.slice(0, 3), timesS: [0, 1, 2] }, DEFAULT_MAP_OPTIONS)).toThrow(/at least 4 phases/);
    expect(() => buildMapSetup({ ...input, phases: phases.map(() => Float32Array.of(100, 100)) }, DEFAULT_MAP_OPTIONS)).toThrow(/no enhancing voxels/);
  });
});

describe('pickSliceImages', () => {
  const geometry = { dimensions: [2, 2, 3] as const, origin: patientPoint(0, 0, 10), rowDirection: [1, 0, 0] as const, columnDirection: [0, 1, 0] as const, sliceDirection: [0, 0, 1] as const, spacing: [1, 1, 2.5] as const };
  it('takes the earliest phase at each slice position, in slice order', () => {
    const images = [2, 1].flatMap((phase) => [0, 1, 2].map((k) => ({ imageId: `p${phase}k${k}`, position: [0, 0, 10 + 2.5 * k], phase })));
    expect(pickSliceImages(images.reverse(), geometry)).toEqual(['p1k0', 'p1k1', 'p1k2']);
  });
  it('names a slice with no image', () => {
    expect(() => pickSliceImages([{ imageId: 'a', position: [0, 0, 10], phase: 1 }], geometry)).toThrow('no image of the dynamic series at slice 2 of 3');
  });
});

describe('optionsFromDceSettings', () => {
  it("starts from the ROI fit's settings when the store has them, else the defaults", () => {
    expect(optionsFromDceSettings({})).toEqual(DEFAULT_MAP_OPTIONS);
    const o = optionsFromDceSettings({ dceSettings: { model: 'patlak', aif: 'weinmann', bolusArrivalS: 31, t10: { kind: 'fixed', ms: 900 }, hematocrit: 0.4, r1PerMmS: 4 } });
    expect(o).toEqual({ ...DEFAULT_MAP_OPTIONS, model: 'patlak', aif: 'weinmann', bolusArrivalS: 31, t10Ms: 900, hematocrit: 0.4, r1PerMmS: 4 });
    // A vessel AIF is the ROI fit's: the maps keep a population AIF; a VFA T10 is used.
    expect(optionsFromDceSettings({ dceSettings: { aif: 'vessel', t10: { kind: 'vfa', seriesUID: 'x' } } })).toEqual({ ...DEFAULT_MAP_OPTIONS, vfaSeriesUID: 'x' });
  });
});
