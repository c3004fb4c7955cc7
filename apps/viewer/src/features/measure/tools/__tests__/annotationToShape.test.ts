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
});
