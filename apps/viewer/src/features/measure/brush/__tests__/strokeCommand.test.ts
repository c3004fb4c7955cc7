import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import type { CroppedMask } from '@caliper/engine';
import { applyCommand } from '../../commands/applyCommand';
import type { Lesion } from '../../model/lesion';
import { strokeCommand } from '../strokeCommand';

const dims = [8, 8, 4] as const;
const mask = (n: number): CroppedMask => ({ dimensions: dims, bbox: [[0, 0, 0], [n - 1, 0, 0]], data: new Uint8Array(n).fill(1) });
const fresh = { id: 'b1', name: 'Lesion 1', location: 'Axial z 0.0 mm', seriesUIDs: ['S'], focusMm: patientPoint(0, 0, 0) };

describe('strokeCommand', () => {
  it('first stroke adds a brush lesion; undo removes it, redo adds it back', () => {
    const cmd = strokeCommand([], null, 'S', mask(3), 7, fresh)!;
    const a = applyCommand([], cmd);
    expect(a.lesions).toHaveLength(1);
    expect(a.lesions[0]).toMatchObject({ id: 'b1', tool: 'brush', version: 7, shape: { kind: 'mask', volumeId: 'S' } });
    const u = applyCommand(a.lesions, a.inverse);
    expect(u.lesions).toHaveLength(0);
    expect(applyCommand(u.lesions, u.inverse).lesions[0].id).toBe('b1');
  });

  it('a stroke on a lesion replaces its whole cropped segment; undo restores the previous mask and version', () => {
    const l0 = applyCommand([], strokeCommand([], null, 'S', mask(3), 1, fresh)!).lesions as Lesion[];
    const erased = mask(2);
    const a = applyCommand(l0, strokeCommand(l0, 'b1', 'S', erased, 2, fresh)!);
    expect(a.lesions[0].version).toBe(2);
    expect(a.lesions[0].shape).toEqual({ kind: 'mask', volumeId: 'S', mask: erased, painted: true });
    const u = applyCommand(a.lesions, a.inverse);
    expect(u.lesions[0].version).toBe(1);
    expect((u.lesions[0].shape as { mask: CroppedMask }).mask.data.length).toBe(3);
    expect(applyCommand(u.lesions, u.inverse).lesions[0].shape).toEqual(a.lesions[0].shape);
  });

  it('the new auto-RECIST drawing is part of the stroke; undo brings the old one back', () => {
    const ann0 = { annotationUID: 'b1', data: { handles: { points: [[0, 0, 0]] } } };
    const ann1 = { annotationUID: 'b1', data: { handles: { points: [[1, 0, 0]] } } };
    const l0 = applyCommand([], strokeCommand([], null, 'S', mask(3), 1, fresh, ann0)!).lesions;
    expect(l0[0].annotation).toBe(ann0);
    const a = applyCommand(l0, strokeCommand(l0, 'b1', 'S', mask(4), 2, fresh, ann1)!);
    expect(a.lesions[0].annotation).toBe(ann1);
    expect(applyCommand(a.lesions, a.inverse).lesions[0].annotation).toBe(ann0);
  });

  it('nothing to record for an empty new segment', () => {
    expect(strokeCommand([], null, 'S', { dimensions: dims, bbox: null, data: new Uint8Array(0) }, 1, fresh)).toBeNull();
  });
});
