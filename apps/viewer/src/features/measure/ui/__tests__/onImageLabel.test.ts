import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { measureShape } from '../../worker/measureShape';
import { grid, volumeOf } from '../../worker/__tests__/fixtures';
import { mainLines, onImageLabel, resultRole, thresholdRule } from '../onImageLabel';

// 10×10×10 grid of 1 mm voxels: PET of 1 SUV with a hot 2×2×2 cube (SUV 10) at i,j,k ∈ {6,7}; CT of 40 HU.
const g = grid([10, 10, 10]);
const pet = volumeOf(g, (i, j, k) => (i >= 6 && i <= 7 && j >= 6 && j <= 7 && k >= 6 && k <= 7 ? 10 : 1), 'SUVbw');
const ct = volumeOf(g, () => 40, 'HU');
const sphere = { kind: 'sphere' as const, center: patientPoint(6.5, 6.5, 6.5), radiusMm: 3 };
const threshold = { kind: 'petThreshold' as const, within: sphere, mode: { kind: 'percentOfMax' as const, percent: 41 } };

describe('onImageLabel', () => {
  it('a PET threshold ROI shows the thresholded lesion (SUVmax 10, MTV 0.008 mL = 8 voxels), never the CT sphere', () => {
    const label = onImageLabel('Lesion 1', [
      { label: 'CT', role: resultRole('petThreshold', 'CT'), measurement: measureShape(ct, sphere) },
      { label: 'PT', role: resultRole('petThreshold', 'PT'), measurement: measureShape(pet, threshold) },
    ]);
    expect(label.name).toBe('Lesion 1');
    expect(label.lines.map((l) => l.key)).toEqual(['suvmax', 'mtv']);
    expect(label.lines[0].value).toBe(10);
    expect(label.lines[0].text).toBe('SUVmax 10.00 SUVbw');
    expect(label.lines[1].value).toBeCloseTo(0.008, 9);
    expect(label.lines[1].text).toBe('MTV 0.01 mL');
    // The sphere's CT numbers are on hover only, marked as the search region.
    expect(label.title).toContain('CT: search region, not the lesion (HU)');
    expect(label.title).toContain('IBSI');
  });

  it('at most three lines: name + two values, each with its unit', () => {
    const label = onImageLabel('Lesion 2', [{ label: 'CT', role: 'lesion', measurement: measureShape(ct, sphere) }]);
    expect(1 + label.lines.length).toBeLessThanOrEqual(3);
    expect(label.lines[0].key).toBe('volume');
    expect(label.lines[0].text).toMatch(/^Volume [\d.]+ mL$/);
  });

  it('a RECIST bidirectional is one line "long × short mm"', () => {
    const recist = { kind: 'lines' as const, segments: [[patientPoint(0, 0, 0), patientPoint(3, 4, 0)], [patientPoint(0, 0, 0), patientPoint(0, 0, 2)]] as const };
    const lines = mainLines(measureShape(ct, { kind: 'lines', segments: recist.segments.map((s) => [s[0], s[1]] as const) }));
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toBe('5.0 × 2.0 mm');
    expect(lines[0].title).toMatch(/RECIST 1\.1/);
  });

  it('no lesion measurement (only a search region): the name alone', () => {
    const label = onImageLabel('Lesion 3', [{ label: 'CT', role: 'searchRegion', measurement: measureShape(ct, sphere) }]);
    expect(label.lines).toEqual([]);
  });

  it('roles and threshold rules', () => {
    expect(resultRole('petThreshold', 'PT')).toBe('lesion');
    expect(resultRole('petThreshold', 'CT')).toBe('searchRegion');
    expect(resultRole('sphere', 'CT')).toBe('lesion');
    expect(thresholdRule({ kind: 'percentOfMax', percent: 41 })).toBe('≥ 41 % of SUVmax');
    expect(thresholdRule({ kind: 'absolute', suv: 2.5 })).toBe('SUV ≥ 2.5');
    expect(thresholdRule({ kind: 'percist', liverMean: 2, liverSd: 0.5 })).toContain('4.00');
  });
});
