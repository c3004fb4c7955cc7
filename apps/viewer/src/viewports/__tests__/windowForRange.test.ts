import { describe, expect, it } from 'vitest';
import { windowForRange } from '../windowForRange';

/** DICOM LINEAR window → displayed range (PS3.3 C.11.2.1.2). */
const linearRange = (c: number, w: number) => [c - 0.5 - (w - 1) / 2, c - 0.5 + (w - 1) / 2];

describe('windowForRange', () => {
  it('ADC 0–3 (10^-3 mm2/s) → W 4 / C 2, which DICOM LINEAR maps back to exactly 0–3', () => {
    expect(windowForRange(0, 3)).toEqual({ center: 2, width: 4 });
    expect(linearRange(2, 4)).toEqual([0, 3]);
  });
  it('round-trips any range, e.g. CT soft tissue −160…240 HU', () => {
    const w = windowForRange(-160, 240);
    expect(w).toEqual({ center: 40.5, width: 401 });
    expect(linearRange(w.center, w.width)).toEqual([-160, 240]);
  });
});
