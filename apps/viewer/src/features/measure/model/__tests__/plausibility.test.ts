import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { bboxTouchesBorder, DEFAULT_PLAUSIBILITY, implausibleLine, implausibleRegion, tooSmall } from '../plausibility';

const line = (mm: number) => ({ kind: 'lines' as const, segments: [[patientPoint(0, 0, 0), patientPoint(0, mm, 0)] as const] });

describe('plausibility of new measurements', () => {
  it('a line under 3 mm is a slip, not a measurement; 3 mm and up is kept', () => {
    expect(tooSmall(line(0))).toMatch(/below 3 mm/);
    expect(tooSmall(line(2.9))).toMatch(/long axis 2\.9 mm/);
    expect(tooSmall(line(3))).toBeNull();
    expect(tooSmall({ kind: 'sphere', center: patientPoint(0, 0, 0), radiusMm: 1 })).toMatch(/diameter 2\.0 mm/);
    expect(tooSmall({ kind: 'polygon', points: [patientPoint(0, 0, 0), patientPoint(2, 0, 0), patientPoint(2, 2, 0)], normal: [0, 0, 1] })).toMatch(/area 2\.0 mm²/);
  });
  it('a line longer than 300 mm or than the field of view asks, with each reason', () => {
    expect(implausibleLine(120, 500)).toEqual([]);
    expect(implausibleLine(320, 500)).toEqual(['The line is 320.0 mm long, longer than 300 mm (no lesion is this large).']);
    expect(implausibleLine(250, 240)).toEqual(["The line is longer than the image's field of view (240 mm diagonal)."]);
    expect(implausibleLine(350, 240)).toHaveLength(2);
    expect(implausibleLine(250, undefined, { ...DEFAULT_PLAUSIBILITY, maxLineMm: 200 })).toHaveLength(1);
  });
  it('a grown region above the limit (default 2 L), at the volume border or truncated asks', () => {
    expect(implausibleRegion({ volumeMl: 12.5, touchesBorder: false })).toEqual([]);
    expect(implausibleRegion({ volumeMl: 20_000, touchesBorder: false })).toEqual(['The region is 20.00 L, larger than the 2 L limit.']);
    expect(implausibleRegion({ volumeMl: 600, touchesBorder: false }, { ...DEFAULT_PLAUSIBILITY, maxRegionMl: 500 })).toEqual(['The region is 600.00 mL, larger than the 500 mL limit.']);
    expect(implausibleRegion({ volumeMl: 5, touchesBorder: true, truncated: true })).toHaveLength(2);
  });
  it('bboxTouchesBorder: first/last index on any axis', () => {
    expect(bboxTouchesBorder([[1, 1, 1], [8, 8, 8]], [10, 10, 10])).toBe(false);
    expect(bboxTouchesBorder([[0, 1, 1], [8, 8, 8]], [10, 10, 10])).toBe(true);
    expect(bboxTouchesBorder([[1, 1, 1], [8, 8, 9]], [10, 10, 10])).toBe(true);
    expect(bboxTouchesBorder(null, [10, 10, 10])).toBe(false);
  });
});
