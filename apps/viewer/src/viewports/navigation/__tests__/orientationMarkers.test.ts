import { describe, expect, it } from 'vitest';
import { directionLabel, orientationMarkers } from '../orientationMarkers';
import { lpsDirection } from '../spaces';

// Cornerstone's MPR cameras (LPS): axial looks from the feet, sagittal from the left, coronal from the front.
const cam = (up: number[], normal: number[]) => orientationMarkers(lpsDirection(up), lpsDirection(normal));

describe('orientationMarkers', () => {
  it('axial in radiological convention: A top, P bottom, R left, L right', () => {
    expect(cam([0, -1, 0], [0, 0, -1])).toEqual({ top: 'A', bottom: 'P', left: 'R', right: 'L' });
  });
  it('sagittal: S top, I bottom, A left, P right', () => {
    expect(cam([0, 0, 1], [1, 0, 0])).toEqual({ top: 'S', bottom: 'I', left: 'A', right: 'P' });
  });
  it('coronal: S top, I bottom, R left, L right', () => {
    expect(cam([0, 0, 1], [0, -1, 0])).toEqual({ top: 'S', bottom: 'I', left: 'R', right: 'L' });
  });
  it('axial flipped horizontally (camera turned round the up axis): L left, R right', () => {
    expect(cam([0, -1, 0], [0, 0, 1])).toEqual({ top: 'A', bottom: 'P', left: 'L', right: 'R' });
  });
  it('axial flipped vertically (up reversed, normal reversed): P top, R left', () => {
    expect(cam([0, 1, 0], [0, 0, 1])).toEqual({ top: 'P', bottom: 'A', left: 'R', right: 'L' });
  });
  it('axial rotated 90° clockwise: R top, L bottom, P left, A right', () => {
    expect(cam([-1, 0, 0], [0, 0, -1])).toEqual({ top: 'R', bottom: 'L', left: 'P', right: 'A' });
  });
  it('an oblique axial tilted 30° about the left–right axis names both axes, strongest first', () => {
    const c = Math.cos(Math.PI / 6);
    const s = Math.sin(Math.PI / 6);
    // up tilted from anterior towards superior; the normal tilts with it.
    const m = cam([0, -c, s], [0, -s, -c]);
    expect(m).toEqual({ top: 'AS', bottom: 'PI', left: 'R', right: 'L' });
  });
  it('a slight tilt (10°) keeps one letter per edge', () => {
    const a = (10 * Math.PI) / 180;
    expect(cam([0, -Math.cos(a), Math.sin(a)], [0, -Math.sin(a), -Math.cos(a)]).top).toBe('A');
  });
});

describe('directionLabel', () => {
  it('names each LPS half-axis', () => {
    expect([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]].map((d) => directionLabel(d as [number, number, number]))).toEqual(['L', 'R', 'P', 'A', 'S', 'I']);
  });
  it('a double oblique lists three axes by decreasing share', () => {
    expect(directionLabel([0.3, -0.5, 0.81])).toBe('SAL');
  });
});
