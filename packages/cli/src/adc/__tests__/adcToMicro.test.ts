import { describe, expect, it } from 'vitest';
import { adcToMicro } from '../adcToMicro';

describe('adcToMicro: 10^-3 mm2/s → uint16 µm²/s', () => {
  it('rounds to the nearest µm²/s, clamps negatives / NaN to 0 and large values to 65535', () => {
    expect(Array.from(adcToMicro(Float64Array.of(1.1094, 0.0004, 0.0006, -0.2, NaN, 70, 2.0006)))).toEqual([1109, 0, 1, 0, 0, 65535, 2001]);
  });
});
