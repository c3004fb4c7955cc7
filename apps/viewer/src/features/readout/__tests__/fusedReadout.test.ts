import { describe, expect, it } from 'vitest';
import { fusedReadout } from '../fusedReadout';

const ct = { value: 40, unit: 'HU', inside: true, ijk: [10, 20, 30] as const };
const pet = { value: 2.5, unit: 'SUVbw', inside: true, ijk: [5, 6, 7] as const };
const off = (s: typeof ct | typeof pet) => ({ ...s, value: null, inside: false });

describe('fusedReadout (review finding 12b)', () => {
  it('both layers: the CT value first, both layers listed', () => {
    expect(fusedReadout('f', [1, 2, 3], [ct, pet])).toEqual({ viewportId: 'f', value: 40, unit: 'HU', lps: [1, 2, 3], ijk: [10, 20, 30], layers: [{ value: 40, unit: 'HU' }, { value: 2.5, unit: 'SUVbw' }] });
  });
  it('outside the CT grid but inside the PET: the PET still reads (it vanished before)', () => {
    expect(fusedReadout('f', [1, 2, 300], [off(ct), pet])).toEqual({ viewportId: 'f', value: 2.5, unit: 'SUVbw', lps: [1, 2, 300], ijk: [5, 6, 7], layers: [{ value: null, unit: 'HU' }, { value: 2.5, unit: 'SUVbw' }] });
  });
  it('off every layer: nothing', () => {
    expect(fusedReadout('f', [0, 0, 0], [off(ct), off(pet)])).toBeNull();
  });
});
