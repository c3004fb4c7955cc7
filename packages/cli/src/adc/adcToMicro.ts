import type { VoxelArray } from '@caliper/core';

/**
 * ADC in 10^-3 mm2/s → uint16 in 10^-6 mm2/s (µm²/s), rounded to the nearest integer (so the
 * stored value with RescaleSlope 1 is exact in that unit). Negative fits (noise) and non-finite
 * values become 0, values above 65535 µm²/s are clamped.
 */
export function adcToMicro(adc: VoxelArray, out = new Uint16Array(adc.length)): Uint16Array {
  for (let i = 0; i < adc.length; i++) {
    const v = Math.round(adc[i] * 1000);
    out[i] = Number.isFinite(v) ? Math.min(65535, Math.max(0, v)) : 0;
  }
  return out;
}
