import { describe, expect, it } from 'vitest';
import { VOI_PRESETS, defaultPreset, voiRangeOf } from '../presets';

describe('VOI presets', () => {
  it('converts width/centre to a value range', () => {
    expect(voiRangeOf({ width: 400, center: 40 })).toEqual({ lower: -160, upper: 240 });
    expect(voiRangeOf({ width: 1500, center: -600 })).toEqual({ lower: -1350, upper: 150 });
  });
  it('PET presets are SUV 0–5, 0–10 and 0–15, inverted', () => {
    const pet = VOI_PRESETS.filter((p) => p.modality === 'PT').map((p) => ({ ...voiRangeOf(p), invert: p.invert }));
    expect(pet).toEqual([{ lower: 0, upper: 5, invert: true }, { lower: 0, upper: 10, invert: true }, { lower: 0, upper: 15, invert: true }]);
  });
  it('the brain window (menu only, no digit): HU 0–80', () => {
    const brain = VOI_PRESETS.find((p) => p.id === 'brain')!;
    expect({ ...voiRangeOf(brain), key: brain.key, modality: brain.modality }).toEqual({ lower: 0, upper: 80, key: '', modality: 'CT' });
  });
  it('defaults: CT soft tissue, PET SUV 0–5, others automatic', () => {
    expect(defaultPreset('CT')?.id).toBe('soft');
    expect(defaultPreset('PT')?.id).toBe('suv5');
    expect(defaultPreset('MR')).toBeUndefined();
  });
});
