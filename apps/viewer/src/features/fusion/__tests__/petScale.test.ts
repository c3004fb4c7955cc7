import { describe, expect, it } from 'vitest';
import { petScaleOf } from '../petScale';

describe('petScaleOf (review finding 3: PET without SUV is not labelled SUVbw)', () => {
  it('SUVbw: SUV window and presets', () => {
    expect(petScaleOf('SUVbw')).toEqual({ unit: 'SUVbw', isSuv: true, windowLabel: 'SUV' });
  });
  it('Bq/mL (no weight): labelled Bq/mL, no SUV presets or auto window', () => {
    expect(petScaleOf('Bq/mL')).toEqual({ unit: 'Bq/mL', isSuv: false, windowLabel: 'Bq/mL' });
  });
  it('raw stored values: labelled raw', () => {
    expect(petScaleOf('raw')).toEqual({ unit: 'raw', isSuv: false, windowLabel: 'raw' });
  });
});
