import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { describeLocation } from '../describeLocation';

const sphere = { kind: 'sphere' as const, center: patientPoint(-85, -25, -80), radiusMm: 5 };

describe('describeLocation', () => {
  it('names the view and the coordinate that locates its plane', () => {
    expect(describeLocation(sphere, 'vp-0')).toBe('Axial z -80.0 mm');
    expect(describeLocation(sphere, 'mpr-axial')).toBe('Axial z -80.0 mm');
    expect(describeLocation(sphere, 'mpr-sagittal')).toBe('Sagittal x -85.0 mm');
    expect(describeLocation(sphere, 'mpr-coronal')).toBe('Coronal y -25.0 mm');
    expect(describeLocation(sphere, 'fusion-fused')).toBe('Fusion z -80.0 mm');
    expect(describeLocation(sphere, 'fusion-mip')).toBe('MIP y -25.0 mm');
    expect(describeLocation(sphere)).toBe('Axial z -80.0 mm');
  });
  it('a lines shape is located by the middle of its first segment', () => {
    const lines = { kind: 'lines' as const, segments: [[patientPoint(0, 10, 4), patientPoint(0, 20, 8)]] as const };
    expect(describeLocation(lines, 'mpr-coronal')).toBe('Coronal y 15.0 mm');
  });
  it('a shape without a finite centre gives the view name only', () => {
    expect(describeLocation({ kind: 'sphere', center: patientPoint(NaN, NaN, NaN), radiusMm: 1 }, 'mpr-sagittal')).toBe('Sagittal');
  });
});
