import { describe, expect, it } from 'vitest';
import { VOI_PRESETS, presetVoiRange, presetsFor, voiRangeOf } from '../presets';
import { adcDefaultRange, hasWindow } from '../../features/adc/adcDefaultWindow';

const ADC = VOI_PRESETS.find((p) => p.adc)!;

describe('ADC W/L preset', () => {
  it('is 0–3 ×10⁻³ mm²/s on Caliper\'s map (identity mapping)', () => {
    expect(ADC.label).toBe('ADC 0–3 ×10⁻³ mm²/s');
    expect(presetVoiRange(ADC, { scale: 1, offset: 0 })).toEqual({ lower: 0, upper: 3 });
  });
  it('is 0–3000 on a scanner map stored in µm²/s (adc = 0.001 × v)', () => {
    const r = presetVoiRange(ADC, { scale: 0.001, offset: 0 })!;
    expect(r.lower).toBeCloseTo(0, 9);
    expect(r.upper).toBeCloseTo(3000, 9);
  });
  it('maps through a rescaled RWVM (adc = 0.002 × v − 0.5: 0–3 ↔ 250–1750)', () => {
    const r = presetVoiRange(ADC, { scale: 0.002, offset: -0.5 })!;
    expect(r.lower).toBeCloseTo(250, 9);
    expect(r.upper).toBeCloseTo(1750, 9);
  });
  it('does nothing on an image that is not an ADC map; other presets are unchanged', () => {
    expect(presetVoiRange(ADC, undefined)).toBeUndefined();
    const soft = VOI_PRESETS[0];
    expect(presetVoiRange(soft, undefined)).toEqual(voiRangeOf(soft));
  });
  it('is offered only while an ADC map is shown; keys 1–6 keep their presets', () => {
    expect(presetsFor(false).some((p) => p.adc)).toBe(false);
    expect(presetsFor(true).map((p) => p.id)).toEqual([...VOI_PRESETS.slice(0, 6).map((p) => p.id), 'adc', 'suv15', 'brain']);
    expect(VOI_PRESETS.slice(0, 6).map((p) => p.key)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('default window of a stored ADC map', () => {
  it('without window tags: 0–3 ×10⁻³ mm²/s in the displayed unit', () => {
    const r = adcDefaultRange({ scale: 0.001, offset: 0 }, false)!;
    expect(r.lower).toBeCloseTo(0, 9);
    expect(r.upper).toBeCloseTo(3000, 9);
  });
  it('the header\'s window wins; non-ADC images are left alone', () => {
    expect(adcDefaultRange({ scale: 0.001, offset: 0 }, true)).toBeUndefined();
    expect(adcDefaultRange(undefined, false)).toBeUndefined();
  });
  it('reads a window from Cornerstone\'s voiLutModule (arrays or numbers; width must be positive)', () => {
    expect(hasWindow({ windowCenter: [1500], windowWidth: [3000] })).toBe(true);
    expect(hasWindow({ windowCenter: 40, windowWidth: 400 })).toBe(true);
    expect(hasWindow({ windowCenter: [], windowWidth: [] })).toBe(false);
    expect(hasWindow({ windowCenter: [NaN], windowWidth: [10] })).toBe(false);
    expect(hasWindow({ windowCenter: [10], windowWidth: [0] })).toBe(false);
    expect(hasWindow(undefined)).toBe(false);
  });
});
