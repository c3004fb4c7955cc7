import { describe, expect, it } from 'vitest';
import { sliceSpacing } from '../sliceSpacing';

describe('sliceSpacing', () => {
  it('uniform steps', () => {
    expect(sliceSpacing([0, 2.5, 5, 7.5])).toEqual({ spacing: 2.5, uniform: true });
  });
  it('one slice has no spacing', () => {
    expect(sliceSpacing([3])).toBeUndefined();
  });
  it('names a gap of missing slices', () => {
    const s = sliceSpacing([0, 2, 4, 10, 12])!;
    expect(s.spacing).toBe(2);
    expect(s.uniform).toBe(false);
    expect(s.issue).toMatch(/^gap: 2 missing slice\(s\) between slices 2 and 3 \(4\.000 → 10\.000 mm\)/);
  });
  it('flags irregular steps', () => {
    const s = sliceSpacing([0, 1, 2, 3.5, 4.5])!;
    expect(s.uniform).toBe(false);
    expect(s.issue).toMatch(/^non-uniform slice spacing: step 1\.500 mm/);
  });
  it('tolerates rounding noise below 1 %', () => {
    expect(sliceSpacing([0, 1.25, 2.5004, 3.7498])!.uniform).toBe(true);
  });
});
