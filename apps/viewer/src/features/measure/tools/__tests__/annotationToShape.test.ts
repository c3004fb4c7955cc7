import { describe, expect, it } from 'vitest';
import { annotationToShape } from '../annotationToShape';

const ann = (points: number[][], extra: Record<string, unknown> = {}) => ({ metadata: { toolName: 'x', viewPlaneNormal: [0, 0, 1] }, data: { handles: { points }, ...extra } });

describe('annotationToShape', () => {
  it('bidirectional → two segments (long, short)', () => {
    const s = annotationToShape('bidirectional', ann([[0, 0, 5], [10, 0, 5], [5, -2, 5], [5, 2, 5]]));
    expect(s).toEqual({ kind: 'lines', segments: [[[0, 0, 5], [10, 0, 5]], [[5, -2, 5], [5, 2, 5]]] });
  });
  it('ellipse handles [bottom, top, left, right] → centre and semi-axis ends', () => {
    const s = annotationToShape('ellipse', ann([[0, 4, 1], [0, -4, 1], [-2, 0, 1], [2, 0, 1]]));
    expect(s).toEqual({ kind: 'ellipse', center: [0, 0, 1], axisA: [0, -4, 1], axisB: [2, 0, 1], normal: [0, 0, 1] });
  });
  it('circle [centre, rim] → ellipse with the perpendicular axis in the view plane', () => {
    const s = annotationToShape('circle', ann([[1, 1, 0], [4, 1, 0]]));
    expect(s?.kind).toBe('ellipse');
    if (s?.kind !== 'ellipse') return;
    expect([...s.axisB]).toEqual([1, 4, 0]);
  });
  it('sphere tool → sphere of the circle radius', () => {
    expect(annotationToShape('sphere', ann([[0, 0, 0], [3, 4, 0]]))).toEqual({ kind: 'sphere', center: [0, 0, 0], radiusMm: 5 });
  });
  it('rectangle [tl, tr, bl, br] → polygon in ring order', () => {
    const s = annotationToShape('rectangle', ann([[0, 0, 0], [2, 0, 0], [0, 2, 0], [2, 2, 0]]));
    expect(s).toMatchObject({ kind: 'polygon', points: [[0, 0, 0], [2, 0, 0], [2, 2, 0], [0, 2, 0]] });
  });
  it('freehand → polygon from the contour; incomplete → null', () => {
    expect(annotationToShape('freehand', ann([], { contour: { polyline: [[0, 0, 0], [1, 0, 0], [0, 1, 0]] } }))?.kind).toBe('polygon');
    expect(annotationToShape('freehand', ann([]))).toBeNull();
  });

  it('circle drawn in a sagittal view (normal +x): second semi-axis along S, in the plane', () => {
    const s = annotationToShape('circle', { metadata: { toolName: 'x', viewPlaneNormal: [1, 0, 0] }, data: { handles: { points: [[-85, -25, -80], [-85, -20, -80]] } } });
    if (s?.kind !== 'ellipse') throw new Error('not an ellipse');
    // rim vector r = (0, 5, 0); n × r = (1,0,0) × (0,5,0) = (0, 0, 5).
    expect([...s.axisB]).toEqual([-85, -25, -75]);
    expect(s.normal).toEqual([1, 0, 0]);
  });
  it('circle in a coronal view (normal −y): second semi-axis along ±x', () => {
    const s = annotationToShape('circle', { metadata: { toolName: 'x', viewPlaneNormal: [0, -1, 0] }, data: { handles: { points: [[0, 10, 0], [0, 10, 3]] } } });
    if (s?.kind !== 'ellipse') throw new Error('not an ellipse');
    // r = (0, 0, 3); n × r = (0,−1,0) × (0,0,3) = (−3, 0, 0).
    expect([...s.axisB]).toEqual([-3, 10, 0]);
  });
  it('ellipse and rectangle keep the view normal of a sagittal drawing', () => {
    const n = { toolName: 'x', viewPlaneNormal: [1, 0, 0] };
    const e = annotationToShape('ellipse', { metadata: n, data: { handles: { points: [[2, 0, -6], [2, 0, 6], [2, -4, 0], [2, 4, 0]] } } });
    expect(e).toEqual({ kind: 'ellipse', center: [2, 0, 0], axisA: [2, 0, 6], axisB: [2, 4, 0], normal: [1, 0, 0] });
    const r = annotationToShape('rectangle', { metadata: n, data: { handles: { points: [[2, 0, 4], [2, 3, 4], [2, 0, 0], [2, 3, 0]] } } });
    expect(r).toEqual({ kind: 'polygon', points: [[2, 0, 4], [2, 3, 4], [2, 3, 0], [2, 0, 0]], normal: [1, 0, 0] });
  });
});
